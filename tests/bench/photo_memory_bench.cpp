// Benchmark of the photo path's memory (prints a table; not a test): the peak RSS of
// images::reencode_photo for 12 and 24 megapixel JPEGs (4:2:0, 4:4:4, and a phone's 4:2:0 with
// EXIF orientation 6) and PNGs (RGB and RGBA), each re-encoded in a fresh process so one
// row's peak does not hide the next.
// "file read" is the process's RSS (MiB) with the upload in memory, before re-encoding; "added" is
// what re-encoding added on top of it.
// Usage: photo-memory-bench [FILE...]   (FILEs are measured too, after the made ones)
//        photo-memory-bench --one FILE  (one measurement, used by the table)
#include "images/photo.hpp"
#include "photo_samples.hpp"
#include "temp_dir.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace dagritme;
using namespace dagritme::test;

namespace {

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

long rss_kib() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with("VmRSS:")) return std::stol(line.substr(6));
    return 0;
}

// In the child: re-encode one file, print "<rss before KiB> <ms> <result>".
int measure_one(const char* file) {
    const auto bytes = slurp(file);
    const long before = rss_kib();
    const auto start = std::chrono::steady_clock::now();
    const auto result = images::reencode_photo(bytes);
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::string outcome;
    if (const auto* photo = std::get_if<images::Photo>(&result))
        outcome = std::to_string(photo->width) + "x" + std::to_string(photo->height);
    else
        outcome = images::name_of(std::get<images::PhotoError>(result).kind);
    std::printf("%ld %.0f %s\n", before, ms, outcome.c_str());
    return 0;
}

struct Row {
    std::string name;
    std::filesystem::path file;
};

void run_row(const Row& row) {
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::execl("/proc/self/exe", "photo-memory-bench", "--one", row.file.c_str(), nullptr);
        ::_exit(127);
    }
    ::close(out[1]);
    std::string answer;
    char buf[256];
    for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) > 0;)
        answer.append(buf, static_cast<std::size_t>(n));
    ::close(out[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    long before = 0;
    double ms = 0;
    std::string outcome;
    std::istringstream(answer) >> before >> ms >> outcome;
    const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    const double before_mb = static_cast<double>(before) / 1024.0;
    std::printf("%-28s %9.1f %11.1f %9.1f %9.1f %8.0f  %s\n", row.name.c_str(),
                static_cast<double>(std::filesystem::file_size(row.file)) / 1e6, before_mb, peak_mb,
                peak_mb - before_mb, ms, outcome.c_str());
    std::fflush(stdout);
}

void write_file(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

std::string jpeg_of(int width, int height, int quality) {
    const auto rgb = sample_pixels(width, height, 1);
    std::string jpeg;
    stbi_write_jpg_to_func(detail::append_to, &jpeg, width, height, 3, rgb.data(), quality);
    return jpeg;
}

std::string png_of(int width, int height, int channels) {
    auto rgb = sample_pixels(width, height, 1);
    if (channels == 4) {
        std::vector<unsigned char> rgba(rgb.size() / 3 * 4, 255);
        for (std::size_t i = 0, j = 0; i < rgb.size(); i += 3, j += 4)
            std::copy_n(&rgb[i], 3, &rgba[j]);
        rgb = std::move(rgba);
    }
    std::string png;
    stbi_write_png_to_func(detail::append_to, &png, width, height, channels, rgb.data(),
                           width * channels);
    return png;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string_view(argv[1]) == "--one") return measure_one(argv[2]);
    TempDir dir;
    std::vector<Row> rows;
    for (const auto& [w, h] : {std::pair{4000, 3000}, std::pair{6000, 4000}}) {
        const auto mp = std::to_string(w * h / 1'000'000) + " MP ";
        const auto size = std::to_string(w) + "x" + std::to_string(h);
        const auto add = [&](const std::string& name, const std::string& bytes) {
            rows.push_back({mp + name, dir / (size + name)});
            write_file(rows.back().file, bytes);
        };
        add("JPEG 4:2:0", jpeg_of(w, h, 90));
        add("phone JPEG, EXIF 6", make_phone_jpeg(w, h, 6, true));
        add("JPEG 4:4:4", jpeg_of(w, h, 95));
        add("PNG RGB", png_of(w, h, 3));
        add("PNG RGBA", png_of(w, h, 4));
    }
    for (int i = 1; i < argc; ++i)
        rows.push_back({std::filesystem::path(argv[i]).filename().string(), argv[i]});

    std::printf("%-28s %9s %11s %9s %9s %8s  %s\n", "photo", "file MB", "file read", "peak MiB",
                "added MiB", "ms", "result");
    for (const auto& row : rows)
        run_row(row);
}
