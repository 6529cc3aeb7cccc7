// The snapshot hand-over between the worker and the render thread.
#include "feed/snapshot.hpp"

namespace dagritme::app {

void SnapshotMailbox::publish(Snapshot snapshot) {
    {
        const std::lock_guard lock(mutex_);
        snapshot.generation = latest_->generation + 1;
        latest_ = std::make_shared<const Snapshot>(std::move(snapshot));
    }
    changed_.notify_all();
}

std::shared_ptr<const Snapshot> SnapshotMailbox::latest() const {
    const std::lock_guard lock(mutex_);
    return latest_;
}

bool SnapshotMailbox::wait_newer(std::uint64_t seen,
                                 std::chrono::steady_clock::time_point deadline) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_until(lock, deadline, [&] { return latest_->generation > seen; });
}

} // namespace dagritme::app
