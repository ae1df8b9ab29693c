#pragma once

#include "app/core/BatchPipeline.h"

#include <algorithm>
#include <memory>
#include <vector>

// Batches made by several makers at once, each on a thread of its own with a BatchPipeline of its
// own, and taken in order: the maker `index` of `count` makes the batches index, index + count,
// index + 2 count… and take() takes from each pipeline in turn. For work that one maker cannot
// keep up with (a bulk insert's label rules). The batches end at the first one not made.
// Destroying this stops every maker and waits for it.
template <typename T> class InterleavedBatches {
public:
    using Maker = std::function<void(BatchPipeline<T>& pipeline, int index, int count)>;

    InterleavedBatches(int count, const Maker& maker, std::size_t capacity = 2)
    {
        count = std::max(count, 1);
        for (int index = 0; index < count; ++index) {
            m_pipelines.push_back(std::make_unique<BatchPipeline<T>>(
                [maker, index, count](BatchPipeline<T>& pipeline) { maker(pipeline, index, count); },
                capacity));
        }
    }

    // The next batch, or nothing from the first batch not made on.
    std::optional<T> take()
    {
        if (m_ended) {
            return std::nullopt;
        }
        std::optional<T> batch = m_pipelines[m_next]->take();
        m_next = (m_next + 1) % m_pipelines.size();
        m_ended = !batch;
        return batch;
    }

private:
    std::vector<std::unique_ptr<BatchPipeline<T>>> m_pipelines;
    std::size_t m_next = 0;
    bool m_ended = false;
};
