// The real dagritme-planner (or another program), started as a child process for integration tests:
// its output is collected line by line, so a test can wait for "listening on ..." and read the
// port.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace dagritme::test {

class PlannerProcess {
  public:
    explicit PlannerProcess(std::vector<std::string> args,
                            std::string program = DAGRITME_PLANNER_BIN) {
        int fds[2];
        if (::pipe(fds) != 0) throw std::runtime_error("pipe");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        args.insert(args.begin(), program);
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        // Its own process group, so that stopping it also stops whatever it started.
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        const int rc = posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), environ);
        posix_spawnattr_destroy(&attributes);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        if (rc != 0) throw std::runtime_error("cannot start the planner");
        reader_ = std::thread([this, fd = fds[0]] { read_lines(fd); });
    }

    ~PlannerProcess() {
        if (pid_ > 0) {
            ::kill(-pid_, SIGKILL);
            wait_exit();
        }
        if (reader_.joinable()) reader_.join();
    }

    // The port from "listening on http(s)://ADDRESS:PORT", or nothing after `timeout`.
    std::optional<unsigned short>
    wait_port(std::chrono::seconds timeout = std::chrono::seconds(20)) {
        const auto line = wait_line("listening on http", timeout);
        if (!line) return std::nullopt;
        return static_cast<unsigned short>(std::stoi(line->substr(line->rfind(':') + 1)));
    }

    // The first line (from the start) containing `text`.
    std::optional<std::string> wait_line(const std::string& text, std::chrono::seconds timeout) {
        std::unique_lock lock(mutex_);
        std::optional<std::string> found;
        changed_.wait_for(lock, timeout, [&] {
            for (const auto& l : lines_)
                if (l.find(text) != std::string::npos) return (found = l).has_value();
            return done_;
        });
        return found;
    }

    void signal(int sig) { ::kill(pid_, sig); }
    int pid() const { return pid_; }
    void kill_hard() {
        ::kill(-pid_, SIGKILL);
        wait_exit();
    }

    // The exit code after the process ended (waits), -1 when killed by a signal.
    int wait_exit() {
        int status = 0;
        if (pid_ > 0) ::waitpid(pid_, &status, 0);
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    std::string output() {
        std::lock_guard lock(mutex_);
        std::string all;
        for (const auto& l : lines_)
            all += l + "\n";
        return all;
    }

  private:
    void read_lines(int fd) {
        std::string pending;
        char buf[4096];
        for (;;) {
            const auto n = ::read(fd, buf, sizeof buf);
            if (n <= 0) break;
            pending.append(buf, static_cast<std::size_t>(n));
            for (auto nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n')) {
                std::lock_guard lock(mutex_);
                lines_.push_back(pending.substr(0, nl));
                pending.erase(0, nl + 1);
                changed_.notify_all();
            }
        }
        ::close(fd);
        std::lock_guard lock(mutex_);
        done_ = true;
        changed_.notify_all();
    }

    pid_t pid_ = -1;
    std::thread reader_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::string> lines_;
    bool done_ = false;
};

} // namespace dagritme::test
