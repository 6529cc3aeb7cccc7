// A private X server (Xvfb) for one test, started race-free: Xvfb picks a free display number
// itself and writes it to a pipe (-displayfd), so tests started together never fight over one.
// It runs in its own process group and is stopped (and waited for) by the destructor; should the
// test die first, the kernel stops it (it goes with the thread that started it: construct it on
// a thread that outlives it). -noreset: no server reset when the last client leaves, so the next
// program never meets one halfway.
// Shared by every test executable and benchmark that needs a screen. Test code.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace dagritme::test {

class XServer {
  public:
    // A screen of `width` x `height` at 24 bits. The timeout is generous: on a loaded machine
    // (sanitizer builds, ctest -j) Xvfb can take seconds to come up.
    explicit XServer(unsigned width = 1920, unsigned height = 1080,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
        int ready[2];
        if (::pipe2(ready, O_CLOEXEC) != 0) throw std::runtime_error("XServer: pipe failed");
        // Xvfb's own messages, kept in an unlinked file for the error message if it fails.
        char log_name[] = "/tmp/dagritme-xvfb-XXXXXX";
        log_fd_ = ::mkostemp(log_name, O_CLOEXEC);
        if (log_fd_ < 0) {
            close_both(ready);
            throw std::runtime_error("XServer: cannot create a log file");
        }
        ::unlink(log_name);

        const auto program = find_in_path("Xvfb");
        if (program.empty()) {
            close_both(ready);
            ::close(log_fd_);
            throw std::runtime_error(
                "XServer: Xvfb not found; install the xvfb package (scripts/setup)");
        }
        // The child gets the pipe's write end as a known descriptor; dup2 drops O_CLOEXEC, and
        // a number other than the original makes sure it does.
        const int child_fd = ready[1] == 9 ? 10 : 9;
        const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
        std::vector<std::string> args{program,     "-displayfd", std::to_string(child_fd),
                                      "-screen",   "0",          screen,
                                      "-nolisten", "tcp",        "-noreset"};
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);

        // fork rather than posix_spawn, for PR_SET_PDEATHSIG: when a test dies without running
        // its destructors (a crash, a ctest timeout), its X server goes with it instead of
        // lingering. Between fork and exec the child only makes system calls.
        const pid_t parent = ::getpid();
        pid_ = ::fork();
        if (pid_ == 0) {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent) ::_exit(1); // the test died before prctl
            // The log first: child_fd may be the log's own number.
            if (::dup2(log_fd_, STDOUT_FILENO) < 0 || ::dup2(log_fd_, STDERR_FILENO) < 0 ||
                ::dup2(ready[1], child_fd) < 0)
                ::_exit(1);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        const int fork_error = errno;
        ::close(ready[1]);
        if (pid_ < 0) {
            ::close(ready[0]);
            ::close(log_fd_);
            throw std::runtime_error(std::string("XServer: cannot start Xvfb: ") +
                                     std::strerror(fork_error));
        }
        ::setpgid(pid_, pid_); // also here: kill(-pid) must find the group whoever runs first
        const auto number = read_display_number(ready[0], timeout);
        ::close(ready[0]);
        if (number.empty()) {
            const auto why = output();
            stop();
            throw std::runtime_error(
                "XServer: Xvfb gave no display number (it ended, or took over " +
                std::to_string(timeout.count()) + " ms); its output:\n" + why);
        }
        display_ = ":" + number;
    }

    ~XServer() { stop(); }
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;

    // The value for DISPLAY, e.g. ":3".
    const std::string& display() const { return display_; }

    // A command line that runs `command` on this screen, for posix_spawn or PlannerProcess:
    // /usr/bin/env DISPLAY=:N [extra environment...] command...
    std::vector<std::string> command(const std::vector<std::string>& command,
                                     const std::vector<std::string>& environment = {}) const {
        std::vector<std::string> out{"/usr/bin/env", "DISPLAY=" + display_};
        out.insert(out.end(), environment.begin(), environment.end());
        out.insert(out.end(), command.begin(), command.end());
        return out;
    }

    // What Xvfb printed so far.
    std::string output() const {
        std::string text;
        char buffer[4096];
        for (off_t at = 0;;) {
            const auto n = ::pread(log_fd_, buffer, sizeof buffer, at);
            if (n <= 0) break;
            text.append(buffer, static_cast<std::size_t>(n));
            at += n;
        }
        return text;
    }

  private:
    static std::string find_in_path(const std::string& name) {
        const char* path = std::getenv("PATH");
        std::string folders = path ? path : "/usr/bin:/bin";
        for (std::size_t begin = 0; begin <= folders.size();) {
            auto end = folders.find(':', begin);
            if (end == std::string::npos) end = folders.size();
            const auto candidate = folders.substr(begin, end - begin) + "/" + name;
            if (end > begin && ::access(candidate.c_str(), X_OK) == 0) return candidate;
            begin = end + 1;
        }
        return {};
    }

    static void close_both(int fds[2]) {
        ::close(fds[0]);
        ::close(fds[1]);
    }

    // Xvfb writes "N" and then "\n" once it accepts clients. Read up to the newline: a pipe
    // closed between the two writes makes Xvfb exit ("Cannot write display number"). Empty
    // when it ends or the time is up first.
    static std::string read_display_number(int fd, std::chrono::milliseconds timeout) {
        const auto until = std::chrono::steady_clock::now() + timeout;
        std::string text;
        while (text.find('\n') == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                until - std::chrono::steady_clock::now());
            if (left.count() <= 0) return {};
            pollfd p{fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
            if (ready < 0 && errno == EINTR) continue;
            if (ready <= 0) return {};
            char buffer[32];
            const auto n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return {}; // Xvfb ended without a number
            text.append(buffer, static_cast<std::size_t>(n));
        }
        text.erase(text.find('\n'));
        if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return {};
        return text;
    }

    void stop() {
        if (pid_ > 0) {
            ::kill(-pid_, SIGTERM);
            while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
            }
            pid_ = -1;
        }
        if (log_fd_ >= 0) {
            ::close(log_fd_);
            log_fd_ = -1;
        }
    }

    pid_t pid_ = -1;
    int log_fd_ = -1;
    std::string display_;
};

} // namespace dagritme::test
