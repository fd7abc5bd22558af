// Uses the core's functions with run-time arguments and nothing of any
// add-on, so that benchmarks/report.sh can size the tables the core alone
// brings into a program (every_function.cpp adds the add-ons).
#include <sipcodes/sipcodes.hpp>

#include <cstddef>

std::size_t use_the_core(int code, const char* text, std::size_t size, char* first, char* last) {
  const std::string_view input(text, size);
  std::size_t sum = sipcodes::reason_phrase(code).size() + sipcodes::description(code).size();
  if (const sipcodes::status_info* row = sipcodes::find(code)) sum += row->name.size() + row->aliases().size();
  sum += static_cast<std::size_t>(sipcodes::fallback(code).value_or(sipcodes::status{}));
  sum += sipcodes::from_reason(input).has_value() ? 1U : 0U;
  sum += sipcodes::parse_status_line(input).value.reason.size();
  sum += sipcodes::parse_reason(input).value.text.size();
  sum += static_cast<std::size_t>(sipcodes::write_status_line(first, last, code, input).end - first);
  sum += sipcodes::header_rules(code).size() + (sipcodes::allows_retry_after(code) ? 1U : 0U);
  return sum;
}
