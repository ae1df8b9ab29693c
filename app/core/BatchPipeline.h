#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

// Batches made on a thread of their own and taken on the caller's, in the order they were made:
// a bulk write works out the rules on one core while another writes (a maker may take from another
// pipeline: an import parses on a third). At most
// `capacity` batches wait, so that the maker waits when the taker falls behind. The maker runs on
// a thread of its own, never the shared pool's, which may be busy with the taker itself (an import
// runs in a QtConcurrent task). Destroying the pipeline stops the maker (its next put() answers
// false) and waits for it to return.
template <typename T> class BatchPipeline {
public:
    using Maker = std::function<void(BatchPipeline& pipeline)>;

    explicit BatchPipeline(Maker maker, std::size_t capacity = 4)
        : m_capacity(std::max<std::size_t>(capacity, 1))
    {
        // Started last, once every member is ready.
        m_thread = std::thread([this, maker = std::move(maker)] {
            maker(*this);
            const std::lock_guard lock(m_mutex);
            m_made = true;
            m_changed.notify_all();
        });
    }
    ~BatchPipeline()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_changed.notify_all();
        }
        m_thread.join();
    }
    BatchPipeline(const BatchPipeline&) = delete;
    BatchPipeline& operator=(const BatchPipeline&) = delete;

    // For the maker: hands a batch over, waiting while `capacity` others wait; false once the taker
    // stopped (the batch is dropped then).
    bool put(T batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < m_capacity; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // For the taker: the next batch, or nothing once the maker returned and every batch was taken.
    // What the maker wrote before returning is visible to the taker once this answered nothing.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_made || !m_batches.empty(); });
        if (m_batches.empty()) {
            return std::nullopt;
        }
        T batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_batches;
    std::size_t m_capacity;
    bool m_made = false; // the maker returned
    bool m_stopped = false; // the taker gave up
    std::thread m_thread;
};
