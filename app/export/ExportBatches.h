#pragma once

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <future>

// The rows of an export turned into text or XML on other threads, a few batches ahead, while the
// calling thread hands each batch in order to the file or the compressor: on two cores the two
// overlap. Whatever writes the file, and the progress, stay on the calling thread.
namespace ExportBatches {

constexpr qsizetype rowsPerBatch = 1000;
// Enough to keep the other core busy without holding much of the file in memory.
constexpr std::size_t batchesAhead = 3;

// make(first, end) builds the rows [first, end) and must only read shared data; take(batch, end)
// writes them and returns false to stop: the batches already started are then left unused.
template <typename Make, typename Take> bool run(qsizetype rows, const Make& make, const Take& take)
{
    using Batch = decltype(make(qsizetype(), qsizetype()));
    struct Started {
        qsizetype end;
        std::future<Batch> batch;
    };
    std::deque<Started> started;
    qsizetype next = 0;
    while (next < rows || !started.empty()) {
        while (next < rows && started.size() < batchesAhead) {
            const qsizetype first = next;
            next = std::min(rows, next + rowsPerBatch);
            started.push_back({ next, std::async(std::launch::async, make, first, next) });
        }
        Started oldest = std::move(started.front());
        started.pop_front();
        Batch batch = oldest.batch.get();
        if (!take(batch, oldest.end)) {
            return false;
        }
    }
    return true;
}

} // namespace ExportBatches
