#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

namespace herodotus {
namespace {

TEST(Boilerplate, DropsPageFurniture) {
  const char* lines[] = {
      "Click to Read More and View Comments",
      "Click to Read More",
      "Read more: Thousands rally in Minsk for a fifth weekend",
      "Copyright © 2018 The Capital Ledger. All rights reserved.",
      "© 2020 Northline Press",
      "Sign up for our daily newsletter",
      "Subscribe to our newsletter for the latest news",
      "Get the best of the Ledger in your inbox: sign up for our newsletter",
      "Share this article:",
      "Facebook | Twitter | Email",
      "Join the conversation. Log in to leave a comment.",
      "Leave a comment",
      "12 comments",
      "Comments (4)",
      "Advertisement",
      "Reporting by Imran Siddiqi in Islamabad; Editing by Tom Ellery",
      "Our Standards: The Globe Wire Trust Principles.",
      "  Story continues below  ",
  };
  for (const char* line : lines) EXPECT_TRUE(IsBoilerplateLine(line)) << line;
}

TEST(Boilerplate, KeepsArticleSentences) {
  const char* lines[] = {
      "The ministry said it would read more of the report before deciding.",
      "Copyright disputes between the two countries have dragged on for years.",
      "Shareholders of the state oil company approved the deal.",
      "He told reporters the newsletter was never published.",
      "Commentators in Tehran called the accusation baseless.",
      "The minister did not comment.",
      "",
      "Mr. Harlow said the U.S. would respond.",
  };
  for (const char* line : lines) EXPECT_FALSE(IsBoilerplateLine(line)) << line;
  // A long paragraph is never boilerplate, whatever it starts with.
  std::string long_line = "Read more " + std::string(400, 'x');
  EXPECT_FALSE(IsBoilerplateLine(long_line));
}

}  // namespace
}  // namespace herodotus
