// A row_view of a temporary array would dangle as soon as the statement ends.
// expect: deleted.*row_view
#include <sipcodes/sipcodes.hpp>

using german_rows_type = const sipcodes::translation[1];

#ifdef SIPCODES_COMPILE_FAIL
const sipcodes::row_view<sipcodes::translation> rows{german_rows_type{{sipcodes::status::busy_here, "Besetzt", ""}}};
#else
inline constexpr german_rows_type german_rows = {{sipcodes::status::busy_here, "Besetzt", ""}};
const sipcodes::row_view<sipcodes::translation> rows{german_rows};
#endif

std::size_t use() { return rows.size(); }
