// The responder's defences against a flood: a token bucket per source
// address, and a budget of log lines a second. Both take the time as an
// argument, so that the tests drive them with a clock of their own.
//
// A reply goes to the datagram's source address, which an attacker can
// forge: the bucket of an address bounds what the responder sends to it,
// whoever asks. Neither allocates; their tables are fixed.
#ifndef SIPCODES_RESPONDER_RATE_LIMIT_HPP
#define SIPCODES_RESPONDER_RATE_LIMIT_HPP

#include <array>
#include <cstddef>
#include <cstdint>

namespace responder {

/// At most `rate` requests a second from each source address, in bursts of
/// up to `rate`. A rate of 0 lets everything through.
class rate_limiter {
 public:
  /// Addresses tracked at once, and the slots looked at for one address.
  static constexpr std::size_t slots = 4096;
  static constexpr std::size_t probes = 8;

  explicit constexpr rate_limiter(std::uint32_t rate) noexcept : rate_(rate) {}

  constexpr std::uint32_t rate() const noexcept { return rate_; }

  /// True when a request from `address` (IPv4, host order) at `now_ms` (a
  /// monotonic clock in milliseconds) may be answered. When every slot an
  /// address may take holds an address still within its limit, the request
  /// is refused: forgetting such an address would give it a fresh burst.
  constexpr bool allow(std::uint32_t address, std::uint64_t now_ms) noexcept {
    if (rate_ == 0) return true;
    // Knuth's multiplicative hash, modulo 2^32: the product is taken wide and cut on purpose.
    const std::size_t home = static_cast<std::uint32_t>(std::uint64_t{address} * 2654435761U) % slots;
    bucket* free_slot = nullptr;
    for (std::size_t i = 0; i < probes; ++i) {
      bucket& b = table_[(home + i) % slots];
      if (b.used && b.address == address) return take(b, now_ms);
      if (free_slot == nullptr && (!b.used || refilled(b, now_ms) == capacity())) free_slot = &b;
    }
    if (free_slot == nullptr) return false;
    *free_slot = bucket{address, true, now_ms, capacity()};
    return take(*free_slot, now_ms);
  }

 private:
  // Tokens in thousandths, so that a millisecond refills rate_ of them.
  struct bucket {
    std::uint32_t address = 0;
    bool used = false;
    std::uint64_t last_ms = 0;
    std::uint64_t tokens = 0;
  };
  static constexpr std::uint64_t one = 1000;

  constexpr std::uint64_t capacity() const noexcept { return std::uint64_t{rate_} * one; }

  // The bucket's tokens at `now_ms`: rate_ thousandths a millisecond, so a
  // second refills an empty bucket.
  constexpr std::uint64_t refilled(const bucket& b, std::uint64_t now_ms) const noexcept {
    const std::uint64_t elapsed = now_ms > b.last_ms ? now_ms - b.last_ms : 0;
    if (elapsed >= one) return capacity();
    const std::uint64_t tokens = b.tokens + elapsed * rate_;
    return tokens < capacity() ? tokens : capacity();
  }

  constexpr bool take(bucket& b, std::uint64_t now_ms) noexcept {
    b.tokens = refilled(b, now_ms);
    b.last_ms = now_ms > b.last_ms ? now_ms : b.last_ms;
    if (b.tokens < one) return false;
    b.tokens -= one;
    return true;
  }

  std::uint32_t rate_;
  std::array<bucket, slots> table_{};
};

/// At most `per_second` log lines in each second of the clock; the rest are
/// counted, so that a flood cannot fill a disk with the log.
class log_budget {
 public:
  explicit constexpr log_budget(std::uint32_t per_second) noexcept : per_second_(per_second) {}

  /// True when one more line may be written in the second of `now_ms`.
  constexpr bool take(std::uint64_t now_ms) noexcept {
    roll(now_ms);
    if (used_ < per_second_) {
      ++used_;
      return true;
    }
    ++suppressed_;
    return false;
  }

  /// The lines suppressed in the seconds that ended by `now_ms` and were not
  /// reported yet; the caller reports them, in one line.
  constexpr std::uint64_t unreported(std::uint64_t now_ms) noexcept {
    roll(now_ms);
    const std::uint64_t n = ended_suppressed_;
    ended_suppressed_ = 0;
    return n;
  }

 private:
  constexpr void roll(std::uint64_t now_ms) noexcept {
    const std::uint64_t second = now_ms / 1000;
    if (second == second_) return;
    second_ = second;
    used_ = 0;
    ended_suppressed_ += suppressed_;
    suppressed_ = 0;
  }

  std::uint32_t per_second_;
  std::uint64_t second_ = 0;
  std::uint32_t used_ = 0;
  std::uint64_t suppressed_ = 0;
  std::uint64_t ended_suppressed_ = 0;
};

}  // namespace responder

#endif  // SIPCODES_RESPONDER_RATE_LIMIT_HPP
