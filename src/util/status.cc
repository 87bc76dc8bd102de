#include "herodotus/status.h"

namespace herodotus {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: name = "invalid argument"; break;
    case StatusCode::kNotFound: name = "not found"; break;
    case StatusCode::kDataLoss: name = "data loss"; break;
    case StatusCode::kUnsupported: name = "unsupported"; break;
    case StatusCode::kBadInput: name = "bad input"; break;
    case StatusCode::kIoError: name = "i/o error"; break;
    case StatusCode::kInternal: name = "internal error"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace herodotus
