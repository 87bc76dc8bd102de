#include "coding/intent.h"

#include <array>
#include <utility>

namespace herodotus::coding {
namespace {

// Most specific first: a code prefix and the intent code it maps to. From
// the CAMEO codebook's 03 ("Express intent to …") and 13 ("Threaten …")
// sub-codes, which mirror the cooperative and coercive roots.
constexpr std::array<std::pair<std::string_view, std::string_view>, 35> kMap = {{
    {"04", "036"},                                         // consult → meet or negotiate
    {"05", "032"},                                         // diplomatic cooperation
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
    {"06", "031"},                                         // material cooperation
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
    {"07", "033"},                                         // provide aid
    {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"},
    {"086", "0355"}, {"087", "0356"},
    {"08", "035"},                                         // yield
    {"14", "133"},                                         // protest
    {"15", "138"},                                         // force posture
    {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"166", "136"},
    {"16", "131"},                                         // reduce relations
    {"172", "132"}, {"175", "137"},
    {"17", "130"},                                         // coerce
    {"191", "1381"}, {"192", "1382"},                     // blockade, occupy
    {"18", "138"}, {"19", "138"}, {"20", "138"},           // assault, fight, mass violence
}};

}  // namespace

std::string IntentCode(std::string_view code) {
  for (const auto& [prefix, intent] : kMap) {
    if (code.substr(0, prefix.size()) == prefix) return std::string(intent);
  }
  return "";
}

}  // namespace herodotus::coding
