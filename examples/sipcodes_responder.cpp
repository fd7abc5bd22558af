// sipcodes-responder: a stateless UDP SIP user agent server for testing call
// flows. It checks each request as RFC 3261 section 8.2 orders a UAS to
// (responder/sip_request.hpp), then answers an INVITE with 100 Trying and the
// configured final response (486 Busy Here by default), OPTIONS, BYE and
// CANCEL with 200 OK, and absorbs ACK. Every status line is written by
// sipcodes; final failure responses carry Reason header fields (SIP, and
// Q.850 where RFC 3398 maps the code).
//
//   sipcodes-responder --port PORT [--address 127.0.0.1] [--code CODE] [--reason TEXT]
//                      [--rate-limit N] [--no-check NAME]... [--quiet]
//   sipcodes-responder --version | --help
//
// --port 0 picks a free port; the port is printed on stderr as
// "listening on ADDRESS:PORT". A log line per request and per response goes
// to stderr, at most 100 a second, escaped; --quiet leaves a summary every
// ten seconds instead. A reply goes to the source address and port of the
// request (its top Via says so with received and rport), which can be
// forged, so bound to anything but loopback the responder answers each
// source address at most 100 requests a second unless --rate-limit says
// otherwise. SIGINT and SIGTERM stop it cleanly, after a
// summary. Exit status 2 for bad options.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

#include "printable.hpp"
#include "responder/rate_limit.hpp"
#include "responder/sip_request.hpp"

namespace {

volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int /*signal*/) { stop_requested = 1; }

// The rate limit away from loopback, and the log lines allowed a second.
constexpr std::uint32_t default_rate_limit = 100;
constexpr std::uint32_t log_lines_per_second = 100;
constexpr std::uint64_t quiet_summary_ms = 10000;

struct options {
  std::string address = "127.0.0.1";
  int port = -1;
  responder::answer final_answer;
  std::string reason;
  unsigned checks = responder::all_checks;
  int rate_limit = -1;  // -1: the default for the address
  bool quiet = false;
};

constexpr std::string_view usage_text =
    "usage: sipcodes-responder --port PORT [--address ADDRESS] [--code CODE] [--reason TEXT]\n"
    "                          [--rate-limit N] [--no-check NAME]... [--quiet]\n"
    "       sipcodes-responder --version | --help\n"
    "A stateless UDP SIP user agent server for testing call flows.\n"
    "\n"
    "  --port PORT       the UDP port to listen on; 0 picks a free one\n"
    "  --address ADDRESS the IPv4 address to listen on (127.0.0.1)\n"
    "  --code CODE       the final response to an INVITE: 300 to 699, or 2xx to accept (486)\n"
    "  --reason TEXT     the reason phrase of that response (its default phrase)\n"
    "  --rate-limit N    answer each source address at most N requests a second, 0 for no limit\n"
    "                    (100 when the address is not loopback, else no limit)\n"
    "  --no-check NAME   turn a check below off (repeatable): version, scheme, require, content,\n"
    "                    accept, or all, so that an INVITE gets --code whatever it asks for\n"
    "  --quiet           no line per message: a summary every ten seconds while requests\n"
    "                    arrive, and one when it stops\n"
    "  --version         the version of sipcodes\n"
    "  --help            this text\n"
    "Each option takes its value as the next argument (--port 5060, not --port=5060).\n"
    "\n"
    "Each request is checked as RFC 3261 section 8.2 orders a UAS to, in this order; the log\n"
    "names the section of each answer:\n"
    "  malformed  400 saying what is wrong; nothing when no Via could match a reply\n"
    "  version    505 for a SIP-Version other than SIP/2.0 (21.5.6)\n"
    "  method     405 with Allow for a known method other than INVITE, ACK, BYE, CANCEL,\n"
    "             OPTIONS (8.2.1); 501 with Allow for one not recognised (21.5.2)\n"
    "  cseq       400 when the CSeq names another method than the Request-Line (8.1.1.5)\n"
    "  scheme     416 for a Request-URI scheme other than sip, sips, tel (8.2.2.1)\n"
    "  require    420 with Unsupported listing the Require option-tags (8.2.2.3); not for ACK, CANCEL\n"
    "  content    415 with Accept, Accept-Encoding, Accept-Language for a body other than\n"
    "             application/sdp, identity, en (8.2.3)\n"
    "  accept     406 with Warning 399 for an INVITE whose Accept leaves out application/sdp (21.4.7)\n"
    "Then INVITE gets 100 Trying and --code; OPTIONS, BYE, CANCEL 200 OK; ACK nothing. Every\n"
    "response copies Via (the top one with received and rport, RFC 3581), From, To, Call-ID and\n"
    "CSeq, a well-formed stand-in where the request's cannot be copied; a 100 copies a\n"
    "well-formed Timestamp (a malformed one is left out, 8.2.2). A 2xx to INVITE and a 3xx\n"
    "carry Contact, the responder's address. A final response too large for a datagram\n"
    "becomes a 513 (21.5.7); a 100 too large is not sent. Responses sent to the responder\n"
    "are dropped.\n";

int usage_error(std::string_view message) {
  std::cerr << "sipcodes-responder: " << message << '\n' << usage_text;
  return 2;
}

bool parse_int(std::string_view text, int& value) {
  if (text.empty() || text.size() > 6) return false;
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// Reads the options; returns 0, or the exit status for a bad one, or -1 when
// the command was --help or --version and has been answered.
int parse_options(int argc, char** argv, options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    // Every option takes its value as the next argument; "--port=5060" is
    // refused with a message that says so, never read as another option.
    if (const std::size_t equal = arg.find('='); arg.substr(0, 2) == "--" && equal != std::string_view::npos) {
      return usage_error(printable::escaped(arg.substr(0, equal), 40) +
                         ": the value goes in the next argument, not after '=' (--port 5060, not --port=5060)");
    }
    if (arg == "--help" || arg == "-h") {
      std::cout << usage_text;
      return -1;
    }
    if (arg == "--version") {
      std::cout << "sipcodes-responder " << SIPCODES_VERSION_MAJOR << '.' << SIPCODES_VERSION_MINOR << '.'
                << SIPCODES_VERSION_PATCH << '\n';
      return -1;
    }
    if (arg == "--quiet") {
      o.quiet = true;
      continue;
    }
    if (i + 1 >= argc) return usage_error("option " + std::string(arg) + " needs a value");
    const std::string_view value = argv[++i];
    if (arg == "--port") {
      if (!parse_int(value, o.port) || o.port > 65535) return usage_error("--port must be 0 to 65535");
    } else if (arg == "--address") {
      o.address = std::string(value);
    } else if (arg == "--code") {
      int code = 0;
      // A final response: 300..699, or 2xx for full call flows.
      if (!parse_int(value, code) || code < 200 || code > 699) {
        return usage_error("--code must be a final code: 300 to 699, or 2xx to accept calls");
      }
      o.final_answer.code = code;
    } else if (arg == "--no-check") {
      const unsigned check = responder::check_named(value);
      if (check == 0) {
        return usage_error("--no-check takes version, scheme, require, content, accept or all, not \"" +
                           printable::escaped(value, 40) + "\"");
      }
      o.checks &= ~check;
    } else if (arg == "--rate-limit") {
      if (!parse_int(value, o.rate_limit)) return usage_error("--rate-limit must be a number of requests a second");
    } else if (arg == "--reason") {
      if (value.empty() || !sipcodes::is_valid_reason_phrase(value)) {
        return usage_error("--reason \"" + std::string(value) +
                           "\" is not a valid Reason-Phrase (RFC 3261: no line breaks, quotes or bare %)");
      }
      o.reason = std::string(value);
    } else {
      return usage_error("unknown option " + std::string(arg));
    }
  }
  if (o.port < 0) return usage_error("--port is required");
  o.final_answer.reason = o.reason;
  return 0;
}

std::string endpoint(const sockaddr_in& a) {
  char text[INET_ADDRSTRLEN] = {};
  inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
  return std::string(text) + ":" + std::to_string(ntohs(a.sin_port));
}

// The start line of a datagram, escaped, for the log.
std::string first_line(std::string_view datagram) {
  return printable::escaped(datagram.substr(0, datagram.find_first_of("\r\n")), 120);
}

std::uint64_t now_ms() {
  using namespace std::chrono;
  return static_cast<std::uint64_t>(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
}

bool is_loopback(const sockaddr_in& a) { return (ntohl(a.sin_addr.s_addr) >> 24) == 127; }

// What the responder did, for the summaries.
struct counters {
  std::uint64_t requests = 0;
  std::uint64_t responses = 0;
  std::uint64_t dropped = 0;  // requests (and responses) that got nothing but ACK
  std::uint64_t rate_limited = 0;
  std::uint64_t suppressed = 0;
};

void print_summary(const counters& c) {
  std::cerr << "summary: " << c.requests << " datagrams, " << c.responses << " responses sent, " << c.dropped
            << " dropped unanswerable, " << c.rate_limited << " over the rate limit, " << c.suppressed
            << " log lines suppressed\n";
}

// The log: a line per message within the budget, escaped; the rest counted.
class message_log {
 public:
  message_log(bool quiet, counters& c) : quiet_(quiet), counters_(c) {}

  // "recv 127.0.0.1:5061 INVITE sip:..." with the first line of `message`,
  // and the rule an answer follows: "[RFC 3261 21.5.2: method not recognised]".
  void write(std::string_view kind, const sockaddr_in& peer, std::string_view message, std::uint64_t now,
             const responder::reply* why = nullptr) {
    if (quiet_) return;
    if (!budget_.take(now)) {
      ++counters_.suppressed;
      return;
    }
    std::cerr << kind << ' ' << endpoint(peer) << ' ' << first_line(message);
    if (why != nullptr) std::cerr << " [" << why->rule << ": " << why->why << ']';
    std::cerr << '\n';
  }

  // Once in a while: what the budget held back, and the quiet summary.
  void tick(std::uint64_t now) {
    if (const std::uint64_t n = budget_.unreported(now); n != 0) {
      std::cerr << "log: " << n << " lines suppressed in the last seconds (at most " << log_lines_per_second
                << " a second)\n";
    }
    if (quiet_ && now - last_summary_ >= quiet_summary_ms) {
      if (counters_.requests != requests_at_last_summary_) print_summary(counters_);
      requests_at_last_summary_ = counters_.requests;
      last_summary_ = now;
    }
  }

  // At the end: what the budget held back in the last second too.
  void finish(std::uint64_t now) { tick(now + 1000); }

 private:
  bool quiet_;
  counters& counters_;
  std::uint64_t requests_at_last_summary_ = 0;
  std::uint64_t last_summary_ = now_ms();
  responder::log_budget budget_{log_lines_per_second};
};

}  // namespace

int main(int argc, char** argv) {
  options o;
  if (const int status = parse_options(argc, argv, o); status != 0) {
    if (status > 0) return status;
    std::cout.flush();
    return std::cout ? 0 : 2;
  }

  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    std::perror("sipcodes-responder: socket");
    return 1;
  }
  // A larger receive buffer rides out bursts; the kernel caps what it grants
  // (net.core.rmem_max), and the default serves when it refuses.
  const int receive_buffer = 4 << 20;
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  local.sin_port = htons(static_cast<std::uint16_t>(o.port));
  if (inet_pton(AF_INET, o.address.c_str(), &local.sin_addr) != 1)
    return usage_error("--address must be an IPv4 address");
  if (bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
    std::perror("sipcodes-responder: bind");
    return 1;
  }
  socklen_t length = sizeof local;
  getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
  const std::string contact = "sip:responder@" + endpoint(local);
  const responder::settings settings{o.final_answer, contact, o.checks};
  std::uint32_t rate = is_loopback(local) ? 0 : default_rate_limit;
  if (o.rate_limit >= 0) rate = static_cast<std::uint32_t>(o.rate_limit);
  std::cerr << "listening on " << endpoint(local) << std::endl;
  if (rate != 0) std::cerr << "rate limit: " << rate << " requests a second per source address" << std::endl;

  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  static char datagram[65536];
  static char response[responder::max_datagram];
  static responder::rate_limiter limiter{rate};
  counters count;
  message_log messages(o.quiet, count);
  while (stop_requested == 0) {
    messages.tick(now_ms());
    pollfd waiting{fd, POLLIN, 0};
    if (poll(&waiting, 1, 200) <= 0) continue;  // timeout, or a signal
    sockaddr_in peer{};
    socklen_t peer_length = sizeof peer;
    const ssize_t n = recvfrom(fd, datagram, sizeof datagram, 0, reinterpret_cast<sockaddr*>(&peer), &peer_length);
    if (n < 0) continue;
    const std::uint64_t now = now_ms();
    ++count.requests;
    const std::string_view received(datagram, static_cast<std::size_t>(n));
    if (!limiter.allow(ntohl(peer.sin_addr.s_addr), now)) {
      ++count.rate_limited;
      messages.write("limit", peer, received, now);
      continue;
    }
    messages.write("recv", peer, received, now);
    const responder::decision d =
        responder::decide(received, settings, responder::source{ntohl(peer.sin_addr.s_addr), ntohs(peer.sin_port)});
    if (d.count == 0 && d.r.method != "ACK") {
      ++count.dropped;
      messages.write("drop", peer, received, now, &d.silence);
    }
    for (std::size_t i = 0; i < d.count; ++i) {
      const responder::written w = responder::write(d, i, settings, response, sizeof response);
      if (w.size == 0 && w.code == 100) {
        // Not needed: the final response follows (or a 513 for it).
        messages.write("drop", peer, "SIP/2.0 100 Trying", now, &w.as_sent);
        continue;
      }
      if (w.size == 0) {
        ++count.dropped;
        messages.write("drop", peer, "the response does not fit a datagram, even as a 513", now, &w.as_sent);
        continue;
      }
      // To the source address and port, whatever the Via says (RFC 3581
      // section 4 does so when rport was asked for).
      sendto(fd, response, w.size, 0, reinterpret_cast<const sockaddr*>(&peer), peer_length);
      ++count.responses;
      messages.write("send", peer, std::string_view(response, w.size), now, &w.as_sent);
    }
  }
  messages.finish(now_ms());
  print_summary(count);
  std::cerr << "stopped" << std::endl;
  close(fd);
  return 0;
}
