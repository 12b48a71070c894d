/* strconvcore.c — Go's strconv rules without Go's types: IsPrint and
 * quoting, integer formatting and parsing (Go's prefixes and '_'), float
 * formatting (shortest round-trip, %e %f %g %b %x) and parsing. fmt
 * (fmtcore.c) and the strconv package's natives call these; the output
 * must equal Go's byte for byte, so each function follows the rule of its
 * Go counterpart (named in its comment) — the code is our own.
 *
 * Float digits: a value's decimal digits come from the C library
 * (snprintf "%.*e"/"%.*f" round correctly, half to even on exact ties, as
 * Go's fixed-precision conversion does). The shortest form is the first
 * digit count whose correctly rounded value, or its neighbour one unit in
 * the last place away, reads back (strtod/strtof) as the same float — the
 * set of decimals that read back is an interval around the value, so one
 * of the two nearest n-digit decimals lies in it if any does, and the
 * nearer is preferred, as Go's shortest algorithm does.
 */
#include "fmtcore.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char lower_hex[] = "0123456789abcdef";

/* ======================================================================
 * 3. IsPrint and quoting
 * ====================================================================== */

/* The runes for which Go's strconv.IsPrint (= unicode.IsPrint: letters,
 * marks, numbers, punctuation, symbols and U+0020) is true, as inclusive
 * ranges. Generated from Go 1.26 by a loop over all runes that collects
 * maximal runs of strconv.IsPrint(r) == true. */
static const int32_t print_ranges[][2] = {
    {0x20,0x7e}, {0xa1,0xac}, {0xae,0x377}, {0x37a,0x37f}, {0x384,0x38a}, {0x38c,0x38c},
    {0x38e,0x3a1}, {0x3a3,0x52f}, {0x531,0x556}, {0x559,0x58a}, {0x58d,0x58f}, {0x591,0x5c7},
    {0x5d0,0x5ea}, {0x5ef,0x5f4}, {0x606,0x61b}, {0x61d,0x6dc}, {0x6de,0x70d}, {0x710,0x74a},
    {0x74d,0x7b1}, {0x7c0,0x7fa}, {0x7fd,0x82d}, {0x830,0x83e}, {0x840,0x85b}, {0x85e,0x85e},
    {0x860,0x86a}, {0x870,0x88e}, {0x898,0x8e1}, {0x8e3,0x983}, {0x985,0x98c}, {0x98f,0x990},
    {0x993,0x9a8}, {0x9aa,0x9b0}, {0x9b2,0x9b2}, {0x9b6,0x9b9}, {0x9bc,0x9c4}, {0x9c7,0x9c8},
    {0x9cb,0x9ce}, {0x9d7,0x9d7}, {0x9dc,0x9dd}, {0x9df,0x9e3}, {0x9e6,0x9fe}, {0xa01,0xa03},
    {0xa05,0xa0a}, {0xa0f,0xa10}, {0xa13,0xa28}, {0xa2a,0xa30}, {0xa32,0xa33}, {0xa35,0xa36},
    {0xa38,0xa39}, {0xa3c,0xa3c}, {0xa3e,0xa42}, {0xa47,0xa48}, {0xa4b,0xa4d}, {0xa51,0xa51},
    {0xa59,0xa5c}, {0xa5e,0xa5e}, {0xa66,0xa76}, {0xa81,0xa83}, {0xa85,0xa8d}, {0xa8f,0xa91},
    {0xa93,0xaa8}, {0xaaa,0xab0}, {0xab2,0xab3}, {0xab5,0xab9}, {0xabc,0xac5}, {0xac7,0xac9},
    {0xacb,0xacd}, {0xad0,0xad0}, {0xae0,0xae3}, {0xae6,0xaf1}, {0xaf9,0xaff}, {0xb01,0xb03},
    {0xb05,0xb0c}, {0xb0f,0xb10}, {0xb13,0xb28}, {0xb2a,0xb30}, {0xb32,0xb33}, {0xb35,0xb39},
    {0xb3c,0xb44}, {0xb47,0xb48}, {0xb4b,0xb4d}, {0xb55,0xb57}, {0xb5c,0xb5d}, {0xb5f,0xb63},
    {0xb66,0xb77}, {0xb82,0xb83}, {0xb85,0xb8a}, {0xb8e,0xb90}, {0xb92,0xb95}, {0xb99,0xb9a},
    {0xb9c,0xb9c}, {0xb9e,0xb9f}, {0xba3,0xba4}, {0xba8,0xbaa}, {0xbae,0xbb9}, {0xbbe,0xbc2},
    {0xbc6,0xbc8}, {0xbca,0xbcd}, {0xbd0,0xbd0}, {0xbd7,0xbd7}, {0xbe6,0xbfa}, {0xc00,0xc0c},
    {0xc0e,0xc10}, {0xc12,0xc28}, {0xc2a,0xc39}, {0xc3c,0xc44}, {0xc46,0xc48}, {0xc4a,0xc4d},
    {0xc55,0xc56}, {0xc58,0xc5a}, {0xc5d,0xc5d}, {0xc60,0xc63}, {0xc66,0xc6f}, {0xc77,0xc8c},
    {0xc8e,0xc90}, {0xc92,0xca8}, {0xcaa,0xcb3}, {0xcb5,0xcb9}, {0xcbc,0xcc4}, {0xcc6,0xcc8},
    {0xcca,0xccd}, {0xcd5,0xcd6}, {0xcdd,0xcde}, {0xce0,0xce3}, {0xce6,0xcef}, {0xcf1,0xcf3},
    {0xd00,0xd0c}, {0xd0e,0xd10}, {0xd12,0xd44}, {0xd46,0xd48}, {0xd4a,0xd4f}, {0xd54,0xd63},
    {0xd66,0xd7f}, {0xd81,0xd83}, {0xd85,0xd96}, {0xd9a,0xdb1}, {0xdb3,0xdbb}, {0xdbd,0xdbd},
    {0xdc0,0xdc6}, {0xdca,0xdca}, {0xdcf,0xdd4}, {0xdd6,0xdd6}, {0xdd8,0xddf}, {0xde6,0xdef},
    {0xdf2,0xdf4}, {0xe01,0xe3a}, {0xe3f,0xe5b}, {0xe81,0xe82}, {0xe84,0xe84}, {0xe86,0xe8a},
    {0xe8c,0xea3}, {0xea5,0xea5}, {0xea7,0xebd}, {0xec0,0xec4}, {0xec6,0xec6}, {0xec8,0xece},
    {0xed0,0xed9}, {0xedc,0xedf}, {0xf00,0xf47}, {0xf49,0xf6c}, {0xf71,0xf97}, {0xf99,0xfbc},
    {0xfbe,0xfcc}, {0xfce,0xfda}, {0x1000,0x10c5}, {0x10c7,0x10c7}, {0x10cd,0x10cd}, {0x10d0,0x1248},
    {0x124a,0x124d}, {0x1250,0x1256}, {0x1258,0x1258}, {0x125a,0x125d}, {0x1260,0x1288}, {0x128a,0x128d},
    {0x1290,0x12b0}, {0x12b2,0x12b5}, {0x12b8,0x12be}, {0x12c0,0x12c0}, {0x12c2,0x12c5}, {0x12c8,0x12d6},
    {0x12d8,0x1310}, {0x1312,0x1315}, {0x1318,0x135a}, {0x135d,0x137c}, {0x1380,0x1399}, {0x13a0,0x13f5},
    {0x13f8,0x13fd}, {0x1400,0x167f}, {0x1681,0x169c}, {0x16a0,0x16f8}, {0x1700,0x1715}, {0x171f,0x1736},
    {0x1740,0x1753}, {0x1760,0x176c}, {0x176e,0x1770}, {0x1772,0x1773}, {0x1780,0x17dd}, {0x17e0,0x17e9},
    {0x17f0,0x17f9}, {0x1800,0x180d}, {0x180f,0x1819}, {0x1820,0x1878}, {0x1880,0x18aa}, {0x18b0,0x18f5},
    {0x1900,0x191e}, {0x1920,0x192b}, {0x1930,0x193b}, {0x1940,0x1940}, {0x1944,0x196d}, {0x1970,0x1974},
    {0x1980,0x19ab}, {0x19b0,0x19c9}, {0x19d0,0x19da}, {0x19de,0x1a1b}, {0x1a1e,0x1a5e}, {0x1a60,0x1a7c},
    {0x1a7f,0x1a89}, {0x1a90,0x1a99}, {0x1aa0,0x1aad}, {0x1ab0,0x1ace}, {0x1b00,0x1b4c}, {0x1b50,0x1b7e},
    {0x1b80,0x1bf3}, {0x1bfc,0x1c37}, {0x1c3b,0x1c49}, {0x1c4d,0x1c88}, {0x1c90,0x1cba}, {0x1cbd,0x1cc7},
    {0x1cd0,0x1cfa}, {0x1d00,0x1f15}, {0x1f18,0x1f1d}, {0x1f20,0x1f45}, {0x1f48,0x1f4d}, {0x1f50,0x1f57},
    {0x1f59,0x1f59}, {0x1f5b,0x1f5b}, {0x1f5d,0x1f5d}, {0x1f5f,0x1f7d}, {0x1f80,0x1fb4}, {0x1fb6,0x1fc4},
    {0x1fc6,0x1fd3}, {0x1fd6,0x1fdb}, {0x1fdd,0x1fef}, {0x1ff2,0x1ff4}, {0x1ff6,0x1ffe}, {0x2010,0x2027},
    {0x2030,0x205e}, {0x2070,0x2071}, {0x2074,0x208e}, {0x2090,0x209c}, {0x20a0,0x20c0}, {0x20d0,0x20f0},
    {0x2100,0x218b}, {0x2190,0x2426}, {0x2440,0x244a}, {0x2460,0x2b73}, {0x2b76,0x2b95}, {0x2b97,0x2cf3},
    {0x2cf9,0x2d25}, {0x2d27,0x2d27}, {0x2d2d,0x2d2d}, {0x2d30,0x2d67}, {0x2d6f,0x2d70}, {0x2d7f,0x2d96},
    {0x2da0,0x2da6}, {0x2da8,0x2dae}, {0x2db0,0x2db6}, {0x2db8,0x2dbe}, {0x2dc0,0x2dc6}, {0x2dc8,0x2dce},
    {0x2dd0,0x2dd6}, {0x2dd8,0x2dde}, {0x2de0,0x2e5d}, {0x2e80,0x2e99}, {0x2e9b,0x2ef3}, {0x2f00,0x2fd5},
    {0x2ff0,0x2ffb}, {0x3001,0x303f}, {0x3041,0x3096}, {0x3099,0x30ff}, {0x3105,0x312f}, {0x3131,0x318e},
    {0x3190,0x31e3}, {0x31f0,0x321e}, {0x3220,0xa48c}, {0xa490,0xa4c6}, {0xa4d0,0xa62b}, {0xa640,0xa6f7},
    {0xa700,0xa7ca}, {0xa7d0,0xa7d1}, {0xa7d3,0xa7d3}, {0xa7d5,0xa7d9}, {0xa7f2,0xa82c}, {0xa830,0xa839},
    {0xa840,0xa877}, {0xa880,0xa8c5}, {0xa8ce,0xa8d9}, {0xa8e0,0xa953}, {0xa95f,0xa97c}, {0xa980,0xa9cd},
    {0xa9cf,0xa9d9}, {0xa9de,0xa9fe}, {0xaa00,0xaa36}, {0xaa40,0xaa4d}, {0xaa50,0xaa59}, {0xaa5c,0xaac2},
    {0xaadb,0xaaf6}, {0xab01,0xab06}, {0xab09,0xab0e}, {0xab11,0xab16}, {0xab20,0xab26}, {0xab28,0xab2e},
    {0xab30,0xab6b}, {0xab70,0xabed}, {0xabf0,0xabf9}, {0xac00,0xd7a3}, {0xd7b0,0xd7c6}, {0xd7cb,0xd7fb},
    {0xf900,0xfa6d}, {0xfa70,0xfad9}, {0xfb00,0xfb06}, {0xfb13,0xfb17}, {0xfb1d,0xfb36}, {0xfb38,0xfb3c},
    {0xfb3e,0xfb3e}, {0xfb40,0xfb41}, {0xfb43,0xfb44}, {0xfb46,0xfbc2}, {0xfbd3,0xfd8f}, {0xfd92,0xfdc7},
    {0xfdcf,0xfdcf}, {0xfdf0,0xfe19}, {0xfe20,0xfe52}, {0xfe54,0xfe66}, {0xfe68,0xfe6b}, {0xfe70,0xfe74},
    {0xfe76,0xfefc}, {0xff01,0xffbe}, {0xffc2,0xffc7}, {0xffca,0xffcf}, {0xffd2,0xffd7}, {0xffda,0xffdc},
    {0xffe0,0xffe6}, {0xffe8,0xffee}, {0xfffc,0xfffd}, {0x10000,0x1000b}, {0x1000d,0x10026}, {0x10028,0x1003a},
    {0x1003c,0x1003d}, {0x1003f,0x1004d}, {0x10050,0x1005d}, {0x10080,0x100fa}, {0x10100,0x10102}, {0x10107,0x10133},
    {0x10137,0x1018e}, {0x10190,0x1019c}, {0x101a0,0x101a0}, {0x101d0,0x101fd}, {0x10280,0x1029c}, {0x102a0,0x102d0},
    {0x102e0,0x102fb}, {0x10300,0x10323}, {0x1032d,0x1034a}, {0x10350,0x1037a}, {0x10380,0x1039d}, {0x1039f,0x103c3},
    {0x103c8,0x103d5}, {0x10400,0x1049d}, {0x104a0,0x104a9}, {0x104b0,0x104d3}, {0x104d8,0x104fb}, {0x10500,0x10527},
    {0x10530,0x10563}, {0x1056f,0x1057a}, {0x1057c,0x1058a}, {0x1058c,0x10592}, {0x10594,0x10595}, {0x10597,0x105a1},
    {0x105a3,0x105b1}, {0x105b3,0x105b9}, {0x105bb,0x105bc}, {0x10600,0x10736}, {0x10740,0x10755}, {0x10760,0x10767},
    {0x10780,0x10785}, {0x10787,0x107b0}, {0x107b2,0x107ba}, {0x10800,0x10805}, {0x10808,0x10808}, {0x1080a,0x10835},
    {0x10837,0x10838}, {0x1083c,0x1083c}, {0x1083f,0x10855}, {0x10857,0x1089e}, {0x108a7,0x108af}, {0x108e0,0x108f2},
    {0x108f4,0x108f5}, {0x108fb,0x1091b}, {0x1091f,0x10939}, {0x1093f,0x1093f}, {0x10980,0x109b7}, {0x109bc,0x109cf},
    {0x109d2,0x10a03}, {0x10a05,0x10a06}, {0x10a0c,0x10a13}, {0x10a15,0x10a17}, {0x10a19,0x10a35}, {0x10a38,0x10a3a},
    {0x10a3f,0x10a48}, {0x10a50,0x10a58}, {0x10a60,0x10a9f}, {0x10ac0,0x10ae6}, {0x10aeb,0x10af6}, {0x10b00,0x10b35},
    {0x10b39,0x10b55}, {0x10b58,0x10b72}, {0x10b78,0x10b91}, {0x10b99,0x10b9c}, {0x10ba9,0x10baf}, {0x10c00,0x10c48},
    {0x10c80,0x10cb2}, {0x10cc0,0x10cf2}, {0x10cfa,0x10d27}, {0x10d30,0x10d39}, {0x10e60,0x10e7e}, {0x10e80,0x10ea9},
    {0x10eab,0x10ead}, {0x10eb0,0x10eb1}, {0x10efd,0x10f27}, {0x10f30,0x10f59}, {0x10f70,0x10f89}, {0x10fb0,0x10fcb},
    {0x10fe0,0x10ff6}, {0x11000,0x1104d}, {0x11052,0x11075}, {0x1107f,0x110bc}, {0x110be,0x110c2}, {0x110d0,0x110e8},
    {0x110f0,0x110f9}, {0x11100,0x11134}, {0x11136,0x11147}, {0x11150,0x11176}, {0x11180,0x111df}, {0x111e1,0x111f4},
    {0x11200,0x11211}, {0x11213,0x11241}, {0x11280,0x11286}, {0x11288,0x11288}, {0x1128a,0x1128d}, {0x1128f,0x1129d},
    {0x1129f,0x112a9}, {0x112b0,0x112ea}, {0x112f0,0x112f9}, {0x11300,0x11303}, {0x11305,0x1130c}, {0x1130f,0x11310},
    {0x11313,0x11328}, {0x1132a,0x11330}, {0x11332,0x11333}, {0x11335,0x11339}, {0x1133b,0x11344}, {0x11347,0x11348},
    {0x1134b,0x1134d}, {0x11350,0x11350}, {0x11357,0x11357}, {0x1135d,0x11363}, {0x11366,0x1136c}, {0x11370,0x11374},
    {0x11400,0x1145b}, {0x1145d,0x11461}, {0x11480,0x114c7}, {0x114d0,0x114d9}, {0x11580,0x115b5}, {0x115b8,0x115dd},
    {0x11600,0x11644}, {0x11650,0x11659}, {0x11660,0x1166c}, {0x11680,0x116b9}, {0x116c0,0x116c9}, {0x11700,0x1171a},
    {0x1171d,0x1172b}, {0x11730,0x11746}, {0x11800,0x1183b}, {0x118a0,0x118f2}, {0x118ff,0x11906}, {0x11909,0x11909},
    {0x1190c,0x11913}, {0x11915,0x11916}, {0x11918,0x11935}, {0x11937,0x11938}, {0x1193b,0x11946}, {0x11950,0x11959},
    {0x119a0,0x119a7}, {0x119aa,0x119d7}, {0x119da,0x119e4}, {0x11a00,0x11a47}, {0x11a50,0x11aa2}, {0x11ab0,0x11af8},
    {0x11b00,0x11b09}, {0x11c00,0x11c08}, {0x11c0a,0x11c36}, {0x11c38,0x11c45}, {0x11c50,0x11c6c}, {0x11c70,0x11c8f},
    {0x11c92,0x11ca7}, {0x11ca9,0x11cb6}, {0x11d00,0x11d06}, {0x11d08,0x11d09}, {0x11d0b,0x11d36}, {0x11d3a,0x11d3a},
    {0x11d3c,0x11d3d}, {0x11d3f,0x11d47}, {0x11d50,0x11d59}, {0x11d60,0x11d65}, {0x11d67,0x11d68}, {0x11d6a,0x11d8e},
    {0x11d90,0x11d91}, {0x11d93,0x11d98}, {0x11da0,0x11da9}, {0x11ee0,0x11ef8}, {0x11f00,0x11f10}, {0x11f12,0x11f3a},
    {0x11f3e,0x11f59}, {0x11fb0,0x11fb0}, {0x11fc0,0x11ff1}, {0x11fff,0x12399}, {0x12400,0x1246e}, {0x12470,0x12474},
    {0x12480,0x12543}, {0x12f90,0x12ff2}, {0x13000,0x1342f}, {0x13440,0x13455}, {0x14400,0x14646}, {0x16800,0x16a38},
    {0x16a40,0x16a5e}, {0x16a60,0x16a69}, {0x16a6e,0x16abe}, {0x16ac0,0x16ac9}, {0x16ad0,0x16aed}, {0x16af0,0x16af5},
    {0x16b00,0x16b45}, {0x16b50,0x16b59}, {0x16b5b,0x16b61}, {0x16b63,0x16b77}, {0x16b7d,0x16b8f}, {0x16e40,0x16e9a},
    {0x16f00,0x16f4a}, {0x16f4f,0x16f87}, {0x16f8f,0x16f9f}, {0x16fe0,0x16fe4}, {0x16ff0,0x16ff1}, {0x17000,0x187f7},
    {0x18800,0x18cd5}, {0x18d00,0x18d08}, {0x1aff0,0x1aff3}, {0x1aff5,0x1affb}, {0x1affd,0x1affe}, {0x1b000,0x1b122},
    {0x1b132,0x1b132}, {0x1b150,0x1b152}, {0x1b155,0x1b155}, {0x1b164,0x1b167}, {0x1b170,0x1b2fb}, {0x1bc00,0x1bc6a},
    {0x1bc70,0x1bc7c}, {0x1bc80,0x1bc88}, {0x1bc90,0x1bc99}, {0x1bc9c,0x1bc9f}, {0x1cf00,0x1cf2d}, {0x1cf30,0x1cf46},
    {0x1cf50,0x1cfc3}, {0x1d000,0x1d0f5}, {0x1d100,0x1d126}, {0x1d129,0x1d172}, {0x1d17b,0x1d1ea}, {0x1d200,0x1d245},
    {0x1d2c0,0x1d2d3}, {0x1d2e0,0x1d2f3}, {0x1d300,0x1d356}, {0x1d360,0x1d378}, {0x1d400,0x1d454}, {0x1d456,0x1d49c},
    {0x1d49e,0x1d49f}, {0x1d4a2,0x1d4a2}, {0x1d4a5,0x1d4a6}, {0x1d4a9,0x1d4ac}, {0x1d4ae,0x1d4b9}, {0x1d4bb,0x1d4bb},
    {0x1d4bd,0x1d4c3}, {0x1d4c5,0x1d505}, {0x1d507,0x1d50a}, {0x1d50d,0x1d514}, {0x1d516,0x1d51c}, {0x1d51e,0x1d539},
    {0x1d53b,0x1d53e}, {0x1d540,0x1d544}, {0x1d546,0x1d546}, {0x1d54a,0x1d550}, {0x1d552,0x1d6a5}, {0x1d6a8,0x1d7cb},
    {0x1d7ce,0x1da8b}, {0x1da9b,0x1da9f}, {0x1daa1,0x1daaf}, {0x1df00,0x1df1e}, {0x1df25,0x1df2a}, {0x1e000,0x1e006},
    {0x1e008,0x1e018}, {0x1e01b,0x1e021}, {0x1e023,0x1e024}, {0x1e026,0x1e02a}, {0x1e030,0x1e06d}, {0x1e08f,0x1e08f},
    {0x1e100,0x1e12c}, {0x1e130,0x1e13d}, {0x1e140,0x1e149}, {0x1e14e,0x1e14f}, {0x1e290,0x1e2ae}, {0x1e2c0,0x1e2f9},
    {0x1e2ff,0x1e2ff}, {0x1e4d0,0x1e4f9}, {0x1e7e0,0x1e7e6}, {0x1e7e8,0x1e7eb}, {0x1e7ed,0x1e7ee}, {0x1e7f0,0x1e7fe},
    {0x1e800,0x1e8c4}, {0x1e8c7,0x1e8d6}, {0x1e900,0x1e94b}, {0x1e950,0x1e959}, {0x1e95e,0x1e95f}, {0x1ec71,0x1ecb4},
    {0x1ed01,0x1ed3d}, {0x1ee00,0x1ee03}, {0x1ee05,0x1ee1f}, {0x1ee21,0x1ee22}, {0x1ee24,0x1ee24}, {0x1ee27,0x1ee27},
    {0x1ee29,0x1ee32}, {0x1ee34,0x1ee37}, {0x1ee39,0x1ee39}, {0x1ee3b,0x1ee3b}, {0x1ee42,0x1ee42}, {0x1ee47,0x1ee47},
    {0x1ee49,0x1ee49}, {0x1ee4b,0x1ee4b}, {0x1ee4d,0x1ee4f}, {0x1ee51,0x1ee52}, {0x1ee54,0x1ee54}, {0x1ee57,0x1ee57},
    {0x1ee59,0x1ee59}, {0x1ee5b,0x1ee5b}, {0x1ee5d,0x1ee5d}, {0x1ee5f,0x1ee5f}, {0x1ee61,0x1ee62}, {0x1ee64,0x1ee64},
    {0x1ee67,0x1ee6a}, {0x1ee6c,0x1ee72}, {0x1ee74,0x1ee77}, {0x1ee79,0x1ee7c}, {0x1ee7e,0x1ee7e}, {0x1ee80,0x1ee89},
    {0x1ee8b,0x1ee9b}, {0x1eea1,0x1eea3}, {0x1eea5,0x1eea9}, {0x1eeab,0x1eebb}, {0x1eef0,0x1eef1}, {0x1f000,0x1f02b},
    {0x1f030,0x1f093}, {0x1f0a0,0x1f0ae}, {0x1f0b1,0x1f0bf}, {0x1f0c1,0x1f0cf}, {0x1f0d1,0x1f0f5}, {0x1f100,0x1f1ad},
    {0x1f1e6,0x1f202}, {0x1f210,0x1f23b}, {0x1f240,0x1f248}, {0x1f250,0x1f251}, {0x1f260,0x1f265}, {0x1f300,0x1f6d7},
    {0x1f6dc,0x1f6ec}, {0x1f6f0,0x1f6fc}, {0x1f700,0x1f776}, {0x1f77b,0x1f7d9}, {0x1f7e0,0x1f7eb}, {0x1f7f0,0x1f7f0},
    {0x1f800,0x1f80b}, {0x1f810,0x1f847}, {0x1f850,0x1f859}, {0x1f860,0x1f887}, {0x1f890,0x1f8ad}, {0x1f8b0,0x1f8b1},
    {0x1f900,0x1fa53}, {0x1fa60,0x1fa6d}, {0x1fa70,0x1fa7c}, {0x1fa80,0x1fa88}, {0x1fa90,0x1fabd}, {0x1fabf,0x1fac5},
    {0x1face,0x1fadb}, {0x1fae0,0x1fae8}, {0x1faf0,0x1faf8}, {0x1fb00,0x1fb92}, {0x1fb94,0x1fbca}, {0x1fbf0,0x1fbf9},
    {0x20000,0x2a6df}, {0x2a700,0x2b739}, {0x2b740,0x2b81d}, {0x2b820,0x2cea1}, {0x2ceb0,0x2ebe0}, {0x2f800,0x2fa1d},
    {0x30000,0x3134a}, {0x31350,0x323af}, {0xe0100,0xe01ef},
};

bool strconv_is_print(int32_t r) {
    if (r >= 0x20 && r <= 0x7E)
        return true;
    if (r < 0x20 || r > 0x10FFFF)
        return false;
    size_t lo = 0, hi = sizeof print_ranges / sizeof print_ranges[0];
    while (lo < hi) {   /* first range whose end is >= r */
        size_t mid = lo + (hi - lo) / 2;
        if (print_ranges[mid][1] < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof print_ranges / sizeof print_ranges[0] && print_ranges[lo][0] <= r;
}

/* Go's appendEscapedRune: r inside a literal delimited by quote. */
static void quote_escaped_rune(Buf *out, int32_t r, char quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        buf_putc(out, '\\');
        buf_putc(out, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && strconv_is_print(r)) {
            buf_putc(out, (char)r);
            return;
        }
    } else if (strconv_is_print(r)) {
        buf_put_rune(out, r);
        return;
    }
    switch (r) {
    case '\a': buf_puts(out, "\\a"); return;
    case '\b': buf_puts(out, "\\b"); return;
    case '\f': buf_puts(out, "\\f"); return;
    case '\n': buf_puts(out, "\\n"); return;
    case '\r': buf_puts(out, "\\r"); return;
    case '\t': buf_puts(out, "\\t"); return;
    case '\v': buf_puts(out, "\\v"); return;
    }
    if ((r >= 0 && r < ' ') || r == 0x7F) {
        buf_puts(out, "\\x");
        buf_putc(out, lower_hex[(r >> 4) & 0xF]);
        buf_putc(out, lower_hex[r & 0xF]);
        return;
    }
    if (!utf8_valid_rune(r))
        r = 0xFFFD;
    int ndig = r < 0x10000 ? 4 : 8;
    buf_puts(out, r < 0x10000 ? "\\u" : "\\U");
    for (int shift = (ndig - 1) * 4; shift >= 0; shift -= 4)
        buf_putc(out, lower_hex[(r >> shift) & 0xF]);
}

/* strconv.Quote / QuoteToASCII: invalid bytes become \xNN. */
void strconv_quote(Buf *out, const char *s, size_t n, bool ascii_only) {
    buf_putc(out, '"');
    for (size_t i = 0; i < n;) {
        int32_t r;
        int w = utf8_decode(s + i, n - i, &r);
        if (w == 1 && r == 0xFFFD) {
            unsigned char c = (unsigned char)s[i];
            buf_puts(out, "\\x");
            buf_putc(out, lower_hex[c >> 4]);
            buf_putc(out, lower_hex[c & 0xF]);
        } else {
            quote_escaped_rune(out, r, '"', ascii_only);
        }
        i += (size_t)w;
    }
    buf_putc(out, '"');
}

/* strconv.QuoteRune / QuoteRuneToASCII: invalid runes quote as U+FFFD. */
void strconv_quote_rune(Buf *out, int32_t r, bool ascii_only) {
    if (!utf8_valid_rune(r))
        r = 0xFFFD;
    buf_putc(out, '\'');
    quote_escaped_rune(out, r, '\'', ascii_only);
    buf_putc(out, '\'');
}

/* strconv.CanBackquote: one line, no control characters but tab, no '`',
 * no invalid UTF-8, no BOM. */
bool strconv_can_backquote(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int32_t r;
        int w = utf8_decode(s + i, n - i, &r);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == 0xFFFD)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

/* ======================================================================
 * 4. Integers
 * ====================================================================== */

static const char base36_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void strconv_format_uint(Buf *out, uint64_t v, int base) {
    if (base < 2 || base > 36)
        base = 10;   /* Go panics; callers check the base first */
    char tmp[64];
    int i = (int)sizeof tmp;
    do {
        tmp[--i] = base36_digits[v % (uint64_t)base];
        v /= (uint64_t)base;
    } while (v != 0);
    buf_write(out, tmp + i, sizeof tmp - (size_t)i);
}

void strconv_format_int(Buf *out, int64_t v, int base) {
    if (v < 0) {
        buf_putc(out, '-');
        strconv_format_uint(out, -(uint64_t)v, base);
    } else {
        strconv_format_uint(out, (uint64_t)v, base);
    }
}

static inline char lower_ascii(char c) {
    return (char)(c | ('x' - 'X'));
}

/* Go's underscoreOK: '_' only between digits (or after a base prefix), in
 * a literal as Go writes it. */
static bool underscore_ok(const char *s, size_t n) {
    char saw = '^';   /* '^' start, '0' digit or prefix, '_' underscore, '!' other */
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' &&
        (lower_ascii(s[1]) == 'b' || lower_ascii(s[1]) == 'o' || lower_ascii(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower_ascii(s[1]) == 'x';
    }
    for (; i < n; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || (hex && lower_ascii(c) >= 'a' && lower_ascii(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

/* strconv.ParseUint. A range error stops at the first overflowing digit,
 * as Go's does, and yields the bit size's maximum. */
int strconv_parse_uint(const char *s, size_t n, int base, int bits, uint64_t *out) {
    *out = 0;
    if (n == 0)
        return STRCONV_SYNTAX;
    bool base0 = base == 0;
    const char *s0 = s;
    size_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower_ascii(s[1]) == 'b') {
                base = 2; s += 2; n -= 2;
            } else if (n >= 3 && lower_ascii(s[1]) == 'o') {
                base = 8; s += 2; n -= 2;
            } else if (n >= 3 && lower_ascii(s[1]) == 'x') {
                base = 16; s += 2; n -= 2;
            } else {
                base = 8; s += 1; n -= 1;
            }
        }
    } else if (base < 2 || base > 36) {
        return STRCONV_BASE;
    }
    if (bits == 0)
        bits = 64;
    else if (bits < 0 || bits > 64)
        return STRCONV_BITSIZE;

    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t max_val = bits == 64 ? UINT64_MAX : (((uint64_t)1 << bits) - 1);
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        unsigned d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = (unsigned)(c - '0');
        } else if (lower_ascii(c) >= 'a' && lower_ascii(c) <= 'z') {
            d = (unsigned)(lower_ascii(c) - 'a' + 10);
        } else {
            return STRCONV_SYNTAX;
        }
        if (d >= (unsigned)base)
            return STRCONV_SYNTAX;
        if (v >= cutoff) {
            *out = max_val;
            return STRCONV_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > max_val) {
            *out = max_val;
            return STRCONV_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0))
        return STRCONV_SYNTAX;
    *out = v;
    return STRCONV_OK;
}

/* strconv.ParseInt: an optional sign, then ParseUint's rules. */
int strconv_parse_int(const char *s, size_t n, int base, int bits, int64_t *out) {
    *out = 0;
    if (n == 0)
        return STRCONV_SYNTAX;
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s++;
        n--;
    }
    uint64_t un;
    int err = strconv_parse_uint(s, n, base, bits, &un);
    if (err != STRCONV_OK && err != STRCONV_RANGE)
        return err;
    if (bits == 0)
        bits = 64;
    uint64_t cutoff = (uint64_t)1 << (bits - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return STRCONV_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return STRCONV_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return STRCONV_OK;
}

int strconv_parse_bool(const char *s, size_t n, bool *out) {
    static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
    for (int i = 0; i < 6; i++) {
        if (strlen(yes[i]) == n && memcmp(yes[i], s, n) == 0) {
            *out = true;
            return STRCONV_OK;
        }
        if (strlen(no[i]) == n && memcmp(no[i], s, n) == 0) {
            *out = false;
            return STRCONV_OK;
        }
    }
    *out = false;
    return STRCONV_SYNTAX;
}

const char *strconv_error_text(int kind) {
    switch (kind) {
    case STRCONV_OK: return "";
    case STRCONV_SYNTAX: return "invalid syntax";
    case STRCONV_RANGE: return "value out of range";
    case STRCONV_BASE: return "invalid base";
    case STRCONV_BITSIZE: return "invalid bit size";
    }
    return "unknown error";
}

/* ======================================================================
 * 5. Floats
 * ====================================================================== */

/* A decimal: digits d[0..nd) with no trailing zeros, value 0.d * 10^dp.
 * Zero is nd == 0. */
typedef struct Decimal {
    char *d;
    int nd, dp;
} Decimal;

static void decimal_trim(Decimal *x) {
    while (x->nd > 0 && x->d[x->nd - 1] == '0')
        x->nd--;
    if (x->nd == 0)
        x->dp = 0;
}

/* Reads a C "%e" string of a non-negative value ("d.ddde+XX") into x. */
static void decimal_from_e(Decimal *x, const char *s) {
    size_t len = strlen(s);
    x->d = GC_MALLOC_ATOMIC(len + 1);
    x->nd = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            x->d[x->nd++] = *p;
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    x->dp = exp + 1;
    /* snprintf gives a nonzero first digit unless the value is zero. */
    if (x->nd > 0 && x->d[0] == '0')
        x->nd = 0;
    decimal_trim(x);
}

/* Reads a C "%f" string of a non-negative value ("ddd.ddd") into x. */
static void decimal_from_f(Decimal *x, const char *s) {
    size_t len = strlen(s);
    x->d = GC_MALLOC_ATOMIC(len + 1);
    x->nd = 0;
    x->dp = 0;
    bool sawdot = false;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            sawdot = true;
            continue;
        }
        if (*p == '0' && x->nd == 0) {   /* leading zero */
            if (sawdot)
                x->dp--;
            continue;
        }
        x->d[x->nd++] = *p;
        if (!sawdot)
            x->dp++;
    }
    decimal_trim(x);
}

/* snprintf into GC memory, any length. */
static char *format_c(const char *cfmt, int prec, double v) {
    char small[64];
    int len = snprintf(small, sizeof small, cfmt, prec, v);
    char *s = GC_MALLOC_ATOMIC((size_t)len + 1);
    if ((size_t)len < sizeof small)
        memcpy(s, small, (size_t)len + 1);
    else
        snprintf(s, (size_t)len + 1, cfmt, prec, v);
    return s;
}

/* Does the decimal (digits, dp) read back as v at this bit size? */
static bool decimal_reads_back(const char *digits, int nd, int dp, double v, int bitsize) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "0.%.*se%d", nd, digits, dp);
    if (bitsize == 32)
        return strtof(tmp, NULL) == (float)v;
    return strtod(tmp, NULL) == v;
}

/* Sets x to digits[0..n) at dp (trimmed) if that decimal reads back. */
static bool try_decimal(Decimal *x, const char *digits, int n, int dp, double v, int bitsize) {
    if (!decimal_reads_back(digits, n, dp, v, bitsize))
        return false;
    x->d = GC_MALLOC_ATOMIC((size_t)n);
    memcpy(x->d, digits, (size_t)n);
    x->nd = n;
    x->dp = dp;
    decimal_trim(x);
    return true;
}

/* Is there an n-digit decimal that reads back as v? If so, x is the one
 * nearest v. Only the two n-digit decimals either side of v can be
 * nearest, and if any n-digit decimal reads back, one of those two does;
 * so the answer only grows with n. */
static bool shortest_with(Decimal *x, int n, double v, int bitsize, const Decimal *tie_up) {
    char tmp[48];
    char dig[24];
    char next[24];
    int i;
    Decimal c;
    if (tie_up && tie_up->nd == n + 1 && tie_up->d[n] == '5') {
        /* v lies exactly halfway between two n-digit decimals, and Go
         * takes the upper one here (see decimal_shortest). */
        memcpy(next, tie_up->d, (size_t)n);
        int dp = tie_up->dp;
        for (i = n - 1; i >= 0 && next[i] == '9'; i--)
            next[i] = '0';
        if (i >= 0) {
            next[i]++;
        } else {
            next[0] = '1';
            dp++;
        }
        if (try_decimal(x, next, n, dp, v, bitsize))
            return true;
    }
    snprintf(tmp, sizeof tmp, "%.*e", n - 1, v);   /* the nearest, ties to even */
    decimal_from_e(&c, tmp);
    memset(dig, '0', sizeof dig);
    memcpy(dig, c.d, (size_t)c.nd);
    if (try_decimal(x, dig, n, c.dp, v, bitsize))
        return true;

    /* one unit in the last place up: 9.99 -> 10.0 carries into dp */
    memcpy(next, dig, (size_t)n);
    i = n - 1;
    while (i >= 0 && next[i] == '9')
        next[i--] = '0';
    int dp = c.dp;
    if (i >= 0) {
        next[i]++;
    } else {
        next[0] = '1';
        dp++;
    }
    if (try_decimal(x, next, n, dp, v, bitsize))
        return true;

    /* one unit in the last place down: 1.00 -> 0.999 (n nines, dp - 1) */
    memcpy(next, dig, (size_t)n);
    i = n - 1;
    while (i >= 0 && next[i] == '0')
        next[i--] = '9';
    dp = c.dp;
    if (i == 0 && next[0] == '1') {
        next[0] = '9';
        dp--;
    } else {
        next[i]--;
    }
    return try_decimal(x, next, n, dp, v, bitsize);
}

/* Shortest decimal that reads back as v (v > 0, finite): the least digit
 * count n for which shortest_with succeeds, found by bisection (17 digits
 * always suffice for float64, 9 for float32).
 *
 * Ties: when v is exactly halfway between the two nearest shortest
 * decimals, Go (Dragonbox) takes the even one — what snprintf gives —
 * except for normal powers of two, whose rounding interval is lopsided:
 * there it takes the upper one, save for the one binary exponent
 * (2^-25 as float64, 2^-54 as float32) where Dragonbox rounds to even.
 * Only a power of two 2^-k can tie, as its exact expansion 5^k*10^-k is
 * short enough; tie_up then holds those exact digits. */
static void decimal_shortest(Decimal *x, double v, int bitsize) {
    int lo = 1, hi = bitsize == 32 ? 9 : 17;
    int mantbits = bitsize == 32 ? 23 : 52;
    double min_normal = bitsize == 32 ? 0x1p-126 : 0x1p-1022;
    int e2;
    Decimal exact, *tie_up = NULL;
    if (frexp(v, &e2) == 0.5 && v >= min_normal && v < 1 && e2 - 1 - mantbits != -77) {
        decimal_from_e(&exact, format_c("%.*e", 1100, v));   /* exact */
        if (exact.nd <= hi + 1)
            tie_up = &exact;
    }
    Decimal best;
    if (!shortest_with(&best, hi, v, bitsize, tie_up)) {   /* cannot happen */
        char tmp[48];
        snprintf(tmp, sizeof tmp, "%.*e", hi - 1, v);
        decimal_from_e(&best, tmp);
    }
    while (lo < hi) {   /* invariant: best has hi digits and reads back */
        int mid = lo + (hi - lo) / 2;
        Decimal d;
        if (shortest_with(&d, mid, v, bitsize, tie_up)) {
            best = d;
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    *x = best;
}

/* Go's fmtE: d.ddde±dd with prec digits after the point. */
static void layout_e(Buf *out, bool neg, const Decimal *x, int prec, char fmtc) {
    if (neg)
        buf_putc(out, '-');
    buf_putc(out, x->nd ? x->d[0] : '0');
    if (prec > 0) {
        buf_putc(out, '.');
        int i = 1;
        int m = x->nd < prec + 1 ? x->nd : prec + 1;
        if (i < m) {
            buf_write(out, x->d + i, (size_t)(m - i));
            i = m;
        }
        buf_fill(out, '0', prec + 1 - i);
    }
    buf_putc(out, fmtc);
    int exp = x->nd == 0 ? 0 : x->dp - 1;
    buf_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp >= 100)
        buf_putc(out, (char)('0' + exp / 100));
    buf_putc(out, (char)('0' + exp / 10 % 10));
    buf_putc(out, (char)('0' + exp % 10));
}

/* Go's fmtF: ddd.ddd with prec digits after the point. */
static void layout_f(Buf *out, bool neg, const Decimal *x, int prec) {
    if (neg)
        buf_putc(out, '-');
    if (x->dp > 0) {
        int m = x->nd < x->dp ? x->nd : x->dp;
        buf_write(out, x->d, (size_t)m);
        buf_fill(out, '0', x->dp - m);
    } else {
        buf_putc(out, '0');
    }
    if (prec > 0) {
        buf_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            int j = x->dp + i;
            buf_putc(out, j >= 0 && j < x->nd ? x->d[j] : '0');
        }
    }
}

/* Go's formatDigits for 'g'/'G': %e when the exponent is < -4 or >= the
 * precision (6 for the shortest form), else %f; trailing zeros dropped. */
static void layout_g(Buf *out, bool neg, const Decimal *x, int prec, char fmtc, bool shortest) {
    int eprec = prec;
    if (eprec > x->nd && x->nd >= x->dp)
        eprec = x->nd;
    if (shortest)
        eprec = 6;
    int exp = x->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > x->nd)
            prec = x->nd;
        layout_e(out, neg, x, prec - 1, (char)(fmtc + 'e' - 'g'));
        return;
    }
    if (prec > x->dp)
        prec = x->nd;
    layout_f(out, neg, x, prec - x->dp > 0 ? prec - x->dp : 0);
}

/* Go's fmtB: mantissa "p" binary exponent, both in decimal. */
static void layout_b(Buf *out, bool neg, uint64_t mant, int exp, int mantbits) {
    if (neg)
        buf_putc(out, '-');
    strconv_format_uint(out, mant, 10);
    buf_putc(out, 'p');
    exp -= mantbits;
    if (exp >= 0)
        buf_putc(out, '+');
    strconv_format_int(out, exp, 10);
}

/* Go's fmtX: -0x1.hhhhp±dd, rounded (half to even) to prec hex digits;
 * prec < 0 gives as many as needed. */
static void layout_x(Buf *out, int prec, char fmtc, bool neg, uint64_t mant, int exp, int mantbits) {
    const uint64_t one = (uint64_t)1 << 60;
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;   /* leading 1 (if any) at bit 60 */
    while (mant != 0 && (mant & one) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        int shift = prec * 4;
        uint64_t extra = (mant << shift) & (one - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > one / 2)
            mant++;
        mant <<= 60 - shift;
        if (mant & (one << 1)) {   /* carried into a new leading digit */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmtc == 'X' ? "0123456789ABCDEF" : lower_hex;
    if (neg)
        buf_putc(out, '-');
    buf_putc(out, '0');
    buf_putc(out, fmtc);
    buf_putc(out, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        buf_putc(out, '.');
        while (mant != 0) {
            buf_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        buf_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            buf_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    buf_putc(out, fmtc == 'X' ? 'P' : 'p');
    buf_putc(out, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp >= 1000)
        buf_putc(out, (char)('0' + exp / 1000));
    if (exp >= 100)
        buf_putc(out, (char)('0' + exp / 100 % 10));
    buf_putc(out, (char)('0' + exp / 10 % 10));
    buf_putc(out, (char)('0' + exp % 10));
}

/* strconv.FormatFloat. */
size_t strconv_format_float(Buf *out, double v, char fmtc, int prec, int bitsize) {
    size_t start = out->len;
    int mantbits, expbits, bias;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
        v = f;
        mantbits = 23; expbits = 8; bias = -127;
    } else {
        memcpy(&bits, &v, sizeof bits);
        mantbits = 52; expbits = 11; bias = -1023;
    }
    bool neg = (bits >> (expbits + mantbits)) != 0;
    int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << mantbits) - 1);

    if (exp == (1 << expbits) - 1) {
        buf_puts(out, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
        return out->len - start;
    }
    if (exp == 0)
        exp++;                       /* denormal */
    else
        mant |= (uint64_t)1 << mantbits;
    exp += bias;

    if (fmtc == 'b') {
        layout_b(out, neg, mant, exp, mantbits);
        return out->len - start;
    }
    if (fmtc == 'x' || fmtc == 'X') {
        layout_x(out, prec, fmtc, neg, mant, exp, mantbits);
        return out->len - start;
    }

    double a = fabs(v);
    bool shortest = prec < 0;
    Decimal x = {NULL, 0, 0};
    if (shortest) {
        if (mant != 0)
            decimal_shortest(&x, a, bitsize);
        switch (fmtc) {
        case 'e': case 'E': prec = x.nd - 1 > 0 ? x.nd - 1 : 0; break;
        case 'f': prec = x.nd - x.dp > 0 ? x.nd - x.dp : 0; break;
        case 'g': case 'G': prec = x.nd; break;
        }
    } else {
        switch (fmtc) {
        case 'e': case 'E':
            decimal_from_e(&x, format_c("%.*e", prec, a));
            break;
        case 'f':
            decimal_from_f(&x, format_c("%.*f", prec, a));
            break;
        case 'g': case 'G':
            if (prec == 0)
                prec = 1;
            decimal_from_e(&x, format_c("%.*e", prec - 1, a));
            break;
        }
    }
    switch (fmtc) {
    case 'e': case 'E':
        layout_e(out, neg, &x, prec, fmtc);
        break;
    case 'f':
        layout_f(out, neg, &x, prec);
        break;
    case 'g': case 'G':
        layout_g(out, neg, &x, prec, fmtc, shortest);
        break;
    default:
        buf_putc(out, '%');
        buf_putc(out, fmtc);
    }
    return out->len - start;
}

/* Go's special(): "inf", "infinity" (any case, optional sign), "nan" (no
 * sign). Returns the length matched, 0 if none. */
static size_t float_special(const char *s, size_t n, double *out) {
    if (n == 0)
        return 0;
    size_t nsign = 0;
    double sign = 1;
    if (s[0] == '+' || s[0] == '-') {
        sign = s[0] == '-' ? -1 : 1;
        nsign = 1;
    }
    const char *p = s + nsign;
    size_t m = n - nsign;
    static const char inf_word[] = "infinity";
    size_t k = 0;
    while (k < m && k < 8 && (p[k] | 0x20) == inf_word[k])
        k++;
    if (k > 3 && k < 8)
        k = 3;
    if (k == 3 || k == 8) {
        *out = sign * HUGE_VAL;
        return nsign + k;
    }
    if (nsign == 0 && m >= 3 && (p[0] | 0x20) == 'n' && (p[1] | 0x20) == 'a' && (p[2] | 0x20) == 'n') {
        uint64_t go_nan = 0x7FF8000000000001;   /* the bits of Go's math.NaN() */
        memcpy(out, &go_nan, sizeof *out);
        return 3;
    }
    return 0;
}

/* Go's readFloat, syntax only: returns the length of the well-formed
 * prefix, 0 if there is none. */
static size_t float_syntax(const char *s, size_t n) {
    size_t i = 0;
    bool underscores = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = false;
    if (i + 2 < n && s[i] == '0' && lower_ascii(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    bool sawdot = false, sawdigits = false;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
        } else if ((c >= '0' && c <= '9') || (hex && lower_ascii(c) >= 'a' && lower_ascii(c) <= 'f')) {
            sawdigits = true;
        } else {
            break;
        }
    }
    if (!sawdigits)
        return 0;
    if (i < n && lower_ascii(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i >= n)
            return 0;
        if (s[i] == '+' || s[i] == '-')
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_')
                underscores = true;
    } else if (hex) {
        return 0;   /* a hex mantissa needs a 'p' exponent */
    }
    if (underscores && !underscore_ok(s, i))
        return 0;
    return i;
}

/* strconv.ParseFloat: checks Go's syntax, then lets strtod/strtof (which
 * round correctly, hex included) convert the text without underscores. */
int strconv_parse_float(const char *s, size_t n, int bits, double *out) {
    *out = 0;
    size_t k = float_special(s, n, out);
    if (k > 0) {
        if (k != n) {
            *out = 0;
            return STRCONV_SYNTAX;
        }
        if (bits == 32)
            *out = (double)(float)*out;
        return STRCONV_OK;
    }
    if (n == 0 || float_syntax(s, n) != n)
        return STRCONV_SYNTAX;
    char *clean = GC_MALLOC_ATOMIC(n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            clean[m++] = s[i];
    clean[m] = '\0';
    double v = bits == 32 ? (double)strtof(clean, NULL) : strtod(clean, NULL);
    *out = v;
    return isinf(v) ? STRCONV_RANGE : STRCONV_OK;
}

