// The word lists below are written for this project. Entries are separated by
// '|'; multiword entries are matched token by token (tokens as the UD/PTB
// tokenizer splits them, hence "st ." style entries are not needed: a trailing
// period stays on abbreviations such as "Mr.").
#include "ner/gazetteer.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace herodotus::ner {
namespace {

constexpr std::string_view kCountries =
    "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|"
    "bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|"
    "botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|"
    "chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|"
    "czechia|denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|"
    "estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|"
    "grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|"
    "ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|"
    "kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|"
    "luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|"
    "moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|"
    "netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|south korea|korea|"
    "north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|"
    "paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|"
    "saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|"
    "south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|"
    "tajikistan|tanzania|thailand|togo|tonga|trinidad|tunisia|turkey|turkmenistan|tuvalu|"
    "uganda|ukraine|united arab emirates|uae|united kingdom|uk|britain|great britain|england|"
    "scotland|wales|united states|united states of america|usa|us|u.s.|u.s.a.|america|"
    "uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|viet nam|yemen|zambia|zimbabwe|"
    "gaza|west bank|kurdistan|tibet|chechnya|hong kong|puerto rico|greenland|ussr|soviet union";

constexpr std::string_view kDemonyms =
    "afghan|albanian|algerian|american|angolan|argentine|argentinian|armenian|australian|"
    "austrian|azerbaijani|bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian|british|"
    "bulgarian|burmese|cambodian|cameroonian|canadian|chilean|chinese|colombian|congolese|"
    "croatian|cuban|cypriot|czech|danish|dutch|ecuadorian|egyptian|english|eritrean|estonian|"
    "ethiopian|european|filipino|finnish|french|georgian|german|ghanaian|greek|haitian|"
    "hungarian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|jamaican|"
    "japanese|jordanian|kazakh|kenyan|korean|kurdish|kuwaiti|lao|latvian|lebanese|liberian|"
    "libyan|lithuanian|malaysian|malian|mexican|moldovan|mongolian|moroccan|nepalese|"
    "nigerian|norwegian|omani|pakistani|palestinian|panamanian|peruvian|polish|portuguese|"
    "qatari|romanian|russian|rwandan|saudi|scottish|serbian|singaporean|slovak|slovenian|"
    "somali|spanish|sudanese|swedish|swiss|syrian|taiwanese|tajik|tanzanian|thai|tunisian|"
    "turkish|ugandan|ukrainian|uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|"
    "zimbabwean|arab|arabic|asian|african|western|soviet|persian|sunni|shiite|shia|muslim|"
    "christian|jewish|catholic|protestant|hindu|buddhist|islamic|texan|californian|"
    "americans|iraqis|iranians|afghans|israelis|palestinians|kurds|arabs|europeans|"
    "russians|germans|pakistanis|syrians|saudis|canadians|mexicans|indians|chinese";

constexpr std::string_view kPlaces =
    "kabul|tirana|algiers|buenos aires|yerevan|canberra|vienna|baku|manama|dhaka|minsk|"
    "brussels|sofia|phnom penh|ottawa|santiago|beijing|bogota|havana|nicosia|prague|"
    "copenhagen|cairo|tallinn|addis ababa|helsinki|paris|tbilisi|berlin|accra|athens|"
    "budapest|reykjavik|new delhi|delhi|jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|"
    "rome|tokyo|amman|astana|nairobi|pristina|kuwait city|bishkek|riga|beirut|tripoli|"
    "vilnius|luxembourg|kuala lumpur|bamako|valletta|mexico city|chisinau|ulaanbaatar|"
    "rabat|maputo|kathmandu|amsterdam|the hague|wellington|abuja|lagos|pyongyang|seoul|"
    "oslo|muscat|islamabad|karachi|lahore|ramallah|panama city|lima|manila|warsaw|lisbon|"
    "doha|bucharest|moscow|kigali|riyadh|jeddah|mecca|dakar|belgrade|bratislava|ljubljana|"
    "mogadishu|pretoria|johannesburg|cape town|madrid|barcelona|colombo|khartoum|stockholm|"
    "bern|geneva|zurich|damascus|aleppo|taipei|dushanbe|dar es salaam|bangkok|tunis|ankara|"
    "istanbul|kampala|kiev|kyiv|abu dhabi|dubai|london|manchester|edinburgh|washington|"
    "new york|new york city|los angeles|chicago|houston|boston|san francisco|seattle|miami|"
    "atlanta|dallas|philadelphia|detroit|denver|phoenix|las vegas|san diego|austin|"
    "new orleans|baltimore|portland|toronto|montreal|vancouver|sydney|melbourne|tashkent|"
    "caracas|hanoi|ho chi minh|saigon|sanaa|aden|harare|lusaka|mosul|basra|fallujah|najaf|"
    "karbala|kirkuk|ramadi|tikrit|kandahar|herat|peshawar|quetta|mumbai|bombay|calcutta|"
    "kolkata|bangalore|shanghai|hong kong|osaka|munich|frankfurt|hamburg|milan|naples|"
    "venice|florence|lyon|marseille|st. petersburg|houston|texas|california|florida|"
    "new jersey|virginia|ohio|michigan|illinois|pennsylvania|massachusetts|arizona|nevada|"
    "oregon|colorado|utah|alabama|alaska|arkansas|connecticut|delaware|hawaii|idaho|"
    "indiana|iowa|kansas|kentucky|louisiana|maine|maryland|minnesota|mississippi|missouri|"
    "montana|nebraska|new hampshire|new mexico|north carolina|south carolina|north dakota|"
    "south dakota|oklahoma|rhode island|tennessee|vermont|west virginia|wisconsin|wyoming|"
    "ontario|quebec|alberta|british columbia|bavaria|siberia|crimea|kashmir|punjab|"
    "balochistan|baluchistan|waziristan|darfur|sinai|golan heights|middle east|europe|asia|"
    "africa|north america|south america|latin america|caribbean|balkans|scandinavia|"
    "persian gulf|gulf|pacific|atlantic|mediterranean|red sea|black sea|caspian|"
    "mekong delta|amazon|himalayas|alps|sahara|antarctica|arctic|brooklyn|manhattan|"
    "queens|bronx|hollywood|silicon valley|wall street|pentagon|kremlin|white house|"
    "downing street|capitol hill|fort worth|san antonio|orlando|tampa|nashville|memphis|"
    "pittsburgh|cleveland|cincinnati|st. louis|kansas city|minneapolis|milwaukee|"
    "sacramento|san jose|oakland|honolulu|anchorage|salt lake city|albuquerque|tucson|"
    "el paso|omaha|charlotte|raleigh|richmond|norfolk|buffalo|rochester|albany|hartford|"
    "providence|newark|jersey city|long island|westchester|calgary|edmonton|winnipeg";

constexpr std::string_view kOrgKeywords =
    "university|college|school|academy|institute|institution|ministry|department|agency|"
    "bureau|office|commission|committee|council|assembly|parliament|congress|senate|"
    "house|court|tribunal|party|front|movement|alliance|union|league|federation|"
    "association|society|organization|organisation|foundation|fund|trust|bank|"
    "corporation|corp|corp.|company|co|co.|inc|inc.|ltd|ltd.|llc|plc|group|holdings|"
    "partners|international|industries|enterprises|systems|technologies|services|"
    "airlines|airways|motors|energy|oil|petroleum|gas|power|electric|communications|"
    "telecom|media|news|times|post|journal|press|network|broadcasting|radio|television|"
    "tv|army|navy|air force|marines|forces|guard|police|brigade|battalion|militia|"
    "church|mosque|temple|hospital|clinic|center|centre|museum|library|club|team|fc|"
    "board|authority|administration|government|cabinet|secretariat|embassy|consulate|"
    "council|chamber|exchange|store|stores|restaurant|cafe|hotel|inn|salon|shop|market|"
    "mall|pharmacy|studio|studios|records|productions|entertainment|publishing";

constexpr std::string_view kOrgNames =
    "un|u.n.|united nations|nato|eu|european union|african union|arab league|opec|iaea|"
    "icc|asean|imf|world bank|wto|who|unicef|unesco|unhcr|red cross|red crescent|"
    "fbi|cia|nsa|pentagon|nasa|epa|fda|sec|irs|dhs|fema|interpol|europol|"
    "taliban|hezbollah|hizbollah|hamas|al qaeda|al-qaeda|al - qaeda|qaeda|isis|isil|"
    "islamic state|pkk|ypg|sdf|al-shabaab|boko haram|houthis|irgc|wagner|"
    "google|microsoft|apple|amazon|facebook|twitter|yahoo|ibm|intel|oracle|cisco|"
    "enron|exxon|chevron|shell|bp|toyota|honda|ford|gm|general motors|boeing|airbus|"
    "walmart|wal-mart|target|costco|starbucks|mcdonald's|coca-cola|pepsi|sony|samsung|"
    "nokia|verizon|at&t|comcast|cnn|bbc|reuters|associated press|ap|afp|al jazeera|"
    "fox|fox news|nbc|abc|cbs|msnbc|npr|new york times|washington post|wall street journal|"
    "guardian|economist|bloomberg|nyse|nasdaq|harvard|yale|stanford|mit|oxford|cambridge|"
    "democrats|republicans|democratic party|republican party|gop|labour|conservatives|"
    "tories|likud|fatah|plo|ira|eta|kgb|mossad|isi|sunni triangle|supreme court|"
    "state department|congress|senate|parliament|kmart|ebay|paypal|netflix|uber|tesla";

constexpr std::string_view kLocKeywords =
    "river|lake|mountain|mountains|mount|mt.|hill|hills|valley|island|islands|bay|sea|"
    "ocean|coast|beach|desert|forest|park|street|st.|avenue|ave|ave.|road|rd|rd.|"
    "boulevard|blvd|highway|drive|lane|square|bridge|province|county|state|city|town|"
    "village|district|region|territory|peninsula|canal|airport|station|port|harbor|"
    "harbour|falls|canyon|creek|springs|heights|plaza|gate";

constexpr std::string_view kTitles =
    "mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|sir|dame|lord|lady|president|"
    "vice president|prime minister|minister|secretary|chancellor|premier|governor|gov.|"
    "senator|sen.|representative|rep.|congressman|congresswoman|mayor|ambassador|"
    "general|gen.|colonel|col.|lt.|lieutenant|major|maj.|captain|capt.|sgt.|sergeant|"
    "admiral|adm.|commander|cmdr.|king|queen|prince|princess|sheikh|shaikh|emir|sultan|"
    "ayatollah|imam|mullah|pope|cardinal|bishop|rev.|reverend|father|rabbi|judge|justice|"
    "chairman|ceo|spokesman|spokeswoman|director|chief|officer|st.|saint|uncle|aunt|"
    "jr.|sr.|jr|sr";

constexpr std::string_view kGivenNames =
    "james|john|robert|michael|william|david|richard|joseph|thomas|charles|christopher|"
    "daniel|matthew|anthony|mark|donald|steven|paul|andrew|joshua|kenneth|kevin|brian|"
    "george|timothy|ronald|edward|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|"
    "stephen|larry|justin|scott|brandon|benjamin|samuel|gregory|alexander|frank|patrick|"
    "raymond|jack|dennis|jerry|tyler|aaron|jose|adam|nathan|henry|douglas|zachary|peter|"
    "kyle|ethan|walter|noah|jeremy|christian|keith|roger|terry|gerald|harold|sean|austin|"
    "carl|arthur|lawrence|dylan|jesse|jordan|bryan|billy|joe|bruce|gabriel|logan|albert|"
    "willie|alan|juan|wayne|elijah|randy|roy|vincent|ralph|eugene|russell|bobby|mason|"
    "philip|louis|mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|"
    "karen|lisa|nancy|betty|margaret|sandra|ashley|kimberly|emily|donna|michelle|carol|"
    "amanda|dorothy|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia|kathleen|amy|"
    "angela|shirley|anna|brenda|pamela|emma|nicole|helen|samantha|katherine|christine|"
    "debra|rachel|carolyn|janet|catherine|maria|heather|diane|ruth|julie|olivia|joyce|"
    "virginia|victoria|kelly|lauren|christina|joan|evelyn|judith|megan|andrea|cheryl|"
    "hannah|jacqueline|martha|gloria|teresa|ann|sara|madison|frances|kathryn|janice|jean|"
    "abigail|alice|judy|sophia|grace|denise|amber|doris|marilyn|danielle|beverly|isabella|"
    "theresa|diana|natalie|brittany|charlotte|marie|kayla|alexis|lori|jane|tom|jim|bob|"
    "bill|mike|dave|steve|chris|tony|dan|matt|nick|ben|sam|tim|jeff|greg|ken|rick|ron|"
    "jon|pete|phil|ted|fred|ed|al|andy|alex|kate|liz|sue|jen|beth|meg|jenny|katie|"
    "muhammad|mohammed|mohammad|ahmed|ahmad|ali|hassan|hussein|omar|abdullah|mahmoud|"
    "ibrahim|khalid|yusuf|mustafa|saddam|osama|abu|abdul|tariq|hamid|karim|nasser|"
    "vladimir|sergei|dmitry|ivan|igor|nikolai|boris|olga|natasha|hans|klaus|pierre|jean|"
    "jacques|francois|marco|giuseppe|carlos|luis|miguel|pedro|jorge|manuel|antonio|"
    "francisco|hugo|fidel|raul|wei|li|zhang|wang|hiroshi|yuki|raj|rahul|amit|priya|"
    "barack|hillary|condoleezza|dick|colin|donald|tony|gordon|angela|nicolas|silvio|"
    "vince|kenneth|jeffrey|sally|tana|sara|vince|mark|kay|louise|gerald|stacy|dana|"
    "jeremy|kim|lee|pat|chris|shelley|susan|elizabeth|debbie|mary|jan|carl|greg|john";

struct Table {
  // Lowercase, space-joined phrase → its class bits, and whether some
  // longer phrase continues it ("united", "united states" of "united states
  // of america": matching stops extending a key that no phrase continues).
  // One table, so a word that starts nothing costs one lookup.
  struct Entry {
    uint32_t classes = 0;
    bool continued = false;
  };
  std::unordered_map<std::string, Entry> entries;
  Table() {
    auto add = [&](std::string_view list, GazClass cls) {
      size_t i = 0;
      while (i <= list.size()) {
        size_t j = list.find('|', i);
        if (j == std::string_view::npos) j = list.size();
        if (j > i) {
          const std::string_view phrase = list.substr(i, j - i);
          entries[std::string(phrase)].classes |= 1u << cls;
          for (size_t sp = phrase.find(' '); sp != std::string_view::npos; sp = phrase.find(' ', sp + 1))
            entries[std::string(phrase.substr(0, sp))].continued = true;
        }
        i = j + 1;
      }
    };
    add(kCountries, kGazCountry);
    add(kDemonyms, kGazDemonym);
    add(kPlaces, kGazPlace);
    add(kOrgKeywords, kGazOrgKeyword);
    add(kOrgNames, kGazOrgName);
    add(kLocKeywords, kGazLocKeyword);
    add(kTitles, kGazTitle);
    add(kGivenNames, kGazGivenName);
  }
};

const Table& GetTable() {
  static const Table table;  // thread-safe static initialization
  return table;
}

}  // namespace

std::vector<uint32_t> MatchGazetteer(const std::vector<std::string>& lower_words) {
  const Table& t = GetTable();
  const int n = static_cast<int>(lower_words.size());
  std::vector<uint32_t> out(n, 0);
  std::string key;
  for (int i = 0; i < n; ++i) {
    key.clear();
    for (int len = 1; len <= 4 && i + len <= n; ++len) {
      if (len > 1) key += ' ';
      key += lower_words[i + len - 1];
      auto it = t.entries.find(key);
      if (it == t.entries.end()) break;  // neither a phrase nor the start of one
      if (const uint32_t c = it->second.classes) {
        out[i] |= c | (c << 8);
        for (int k = i + 1; k < i + len; ++k) out[k] |= c;
      }
      if (len < 4 && i + len < n && !it->second.continued) break;
    }
  }
  return out;
}

}  // namespace herodotus::ner
