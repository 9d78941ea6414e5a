#include "domain/people/nicknames.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace lw {
namespace {

// Formal name first, then short forms and spellings. Add a group rather than
// widen one: a name in two groups (Sam, Alex, Chris, Jo) links each to its
// own formal names only.
constexpr auto kGroups = std::to_array<std::string_view>({
    "abigail abi abbie abby gail",
    "albert bert bertie al",
    "alexander alex alec sandy xander",
    "alexandra alex alexa lexie sandy",
    "alfred alf alfie fred",
    "alan allan allen al",
    "amanda mandy manda",
    "amelia amy millie milly",
    "andrew andy drew",
    "angela angie",
    "ann anne anna annie nancy",
    "anthony antony tony",
    "archibald archie",
    "barbara barb babs",
    "benjamin ben benny benji",
    "caroline carol carrie caz",
    "charles charlie chas chaz chuck",
    "charlotte charlie lottie lotte",
    "christian chris",
    "christine christina chris chrissie chrissy tina",
    "christopher chris kit",
    "daniel dan danny",
    "david dave davy davie",
    "deborah debra debbie deb",
    "donald don donny",
    "dorothy dot dotty dolly",
    "douglas doug dougie",
    "edward ed eddie ted teddy ned",
    "eleanor elinor ellie nell nora",
    "elizabeth liz lizzie lizzy beth betty bet betsy bess eliza elsie libby",
    "emily em emmy milly",
    "emma em emmy",
    "evelyn eve evie",
    "frances fran frankie fanny",
    "francis frank frankie fran",
    "frederick fred freddie freddy",
    "geoffrey jeffrey geoff jeff",
    "george georgie geordie",
    "georgina georgie gina",
    "gerald gerry jerry",
    "gregory greg",
    "harold harry hal",
    "helen helena nell nellie",
    "henry harry hal hank",
    "ian iain",
    "isabel isabella isobel izzy issy bella",
    "jacob jake jack",
    "jacqueline jackie jacqui",
    "james jim jimmy jamie jem",
    "jennifer jen jenny jenni",
    "jeremy jerry jez",
    "jessica jess jessie",
    "joanne joanna jo",
    "john jon jonny johnny jack",
    "jonathan jon jonny johnny",
    "joseph joe joey jo",
    "josephine jo josie",
    "judith judy jude",
    "katherine catherine kathryn kathleen kate katie katy kathy cathy cath kat kitty",
    "kenneth ken kenny",
    "kimberley kimberly kim",
    "lawrence laurence larry laurie",
    "leonard len lenny leo",
    "lewis louis lou",
    "louise louisa lou",
    "margaret peggy maggie meg madge marge margie greta",
    "mary molly polly",
    "matthew matt matty",
    "maximilian max",
    "maxwell max",
    "michael mike mick mickey micky mikey",
    "mohammed muhammad mohammad mohamed mohamad muhammed",
    "nathaniel nathan nat nate",
    "natasha tasha tash",
    "nicholas nick nicky nico",
    "nicola nicky nikki",
    "oliver ollie olly",
    "olivia liv livvy",
    "pamela pam",
    "patricia pat patty tricia trish",
    "patrick pat paddy",
    "penelope penny",
    "peter pete",
    "philip phillip phil pip",
    "raymond ray",
    "rebecca becky becca bec",
    "richard rich richie rick ricky dick",
    "robert rob robbie bob bobby bert",
    "ronald ron ronnie",
    "rosemary rose rosie",
    "samantha sam sammy",
    "samuel sam sammy",
    "sarah sara sally sadie",
    "sean shaun shawn",
    "stephen steven steve stevie",
    "susan sue susie suzy",
    "suzanne susanne sue susie suzy",
    "teresa theresa tess tessa terri",
    "terence terrence terry",
    "theodore theo ted teddy",
    "thomas tom tommy",
    "timothy tim timmy",
    "valerie val",
    "victoria vicky vikki tori",
    "vincent vince vinny",
    "william will bill billy willie liam",
    "zachary zach zack zak",
});

using GroupIndex = std::uint8_t;
static_assert(kGroups.size() <= 256);

// name -> indexes of the groups that hold it, ascending.
using Index = std::unordered_map<std::string_view, std::vector<GroupIndex>>;

Index BuildIndex() {
  Index index;
  for (std::size_t g = 0; g < kGroups.size(); ++g) {
    std::string_view rest = kGroups[g];
    while (!rest.empty()) {
      std::size_t space = rest.find(' ');
      std::string_view name = rest.substr(0, space);
      auto& groups = index[name];
      if (groups.empty() || groups.back() != g) groups.push_back(static_cast<GroupIndex>(g));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return index;
}

const Index& TheIndex() {
  static const Index index = BuildIndex();
  return index;
}

}  // namespace

bool AreGivenNameVariants(std::string_view a, std::string_view b) {
  if (a.empty() || a == b) return false;
  const Index& index = TheIndex();
  auto ia = index.find(a);
  if (ia == index.end()) return false;
  auto ib = index.find(b);
  if (ib == index.end()) return false;
  // Both lists are short and ascending: a linear merge.
  auto x = ia->second.begin(), y = ib->second.begin();
  while (x != ia->second.end() && y != ib->second.end()) {
    if (*x == *y) return true;
    if (*x < *y) {
      ++x;
    } else {
      ++y;
    }
  }
  return false;
}

std::span<const std::string_view> GivenNameVariantGroups() { return kGroups; }

}  // namespace lw
