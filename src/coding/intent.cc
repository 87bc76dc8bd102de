#include "coding/intent.h"

#include <span>
#include <utility>

namespace herodotus::coding {
namespace {

using Row = std::pair<std::string_view, std::string_view>;

// Most specific first: a code prefix and the code of the stance. From the
// CAMEO codebook's 02 ("Appeal for …"), 03 ("Express intent to …"), 10
// ("Demand …"), 12 ("Reject …") and 13 ("Threaten …") sub-codes, which
// mirror the cooperative and coercive roots.
constexpr Row kIntent[] = {
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
    {"1241", "132"},                                       // will extend a curfew
    {"1244", "1312"},                                      // will extend sanctions
    {"17", "130"},                                         // coerce
    {"191", "1381"}, {"192", "1382"},                      // blockade, occupy
    {"18", "138"}, {"19", "138"}, {"20", "138"},           // assault, fight, mass violence
};

constexpr Row kRefusal[] = {
    {"03", "120"},
    {"04", "125"},                                         // reject proposal to meet
    {"057", "127"},                                        // reject plan, agreement
    {"05", "120"},
    {"061", "1211"}, {"062", "1212"},
    {"06", "121"},                                         // reject material cooperation
    {"07", "122"},                                         // reject request for aid
    {"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"},
    {"086", "1245"}, {"087", "1246"},
    {"08", "124"},                                         // decline to yield
};

constexpr Row kDemand[] = {
    {"03", "100"},
    {"04", "106"},                                         // meeting, negotiation
    {"05", "102"},                                         // diplomatic cooperation
    {"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"},
    {"06", "101"},                                         // material cooperation
    {"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"},
    {"07", "103"},                                         // aid
    {"081", "1051"}, {"082", "1052"}, {"083", "104"}, {"084", "1053"}, {"085", "1054"},
    {"086", "1055"}, {"087", "1056"},
    {"08", "105"},                                         // that the target yields
    {"09", "100"},
    {"14", "100"}, {"15", "100"}, {"16", "100"}, {"17", "100"}, {"18", "100"},
    {"19", "100"}, {"20", "100"},
};

constexpr Row kAppeal[] = {
    {"03", "020"},
    {"04", "026"},                                         // meet or negotiate
    {"05", "022"},                                         // diplomatic cooperation
    {"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"},
    {"06", "021"},                                         // material cooperation
    {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"},
    {"07", "023"},                                         // aid
    {"081", "0251"}, {"082", "0252"}, {"083", "024"}, {"084", "0253"}, {"085", "0254"},
    {"086", "0255"}, {"087", "0256"},
    {"08", "025"},                                         // yield
    {"09", "020"},
};

std::span<const Row> Table(Stance s) {
  switch (s) {
    case Stance::kIntent: return kIntent;
    case Stance::kRefusal: return kRefusal;
    case Stance::kDemand: return kDemand;
    case Stance::kAppeal: return kAppeal;
  }
  return {};
}

}  // namespace

std::string StanceCode(std::string_view code, Stance stance) {
  for (const auto& [prefix, out] : Table(stance)) {
    if (code.substr(0, prefix.size()) == prefix) return std::string(out);
  }
  return "";
}

}  // namespace herodotus::coding
