#include "app/core/ParisTime.h"

#include "app/core/EpochDays.h"

#include <algorithm>
#include <array>

namespace {

struct Span {
    qint64 from = 0; // milliseconds since the epoch, from included, until excluded
    qint64 until = 0;
    qint64 offset = 0; // milliseconds ahead of UTC
};

// The span holding `msecs` since the epoch, kept per thread; valid until the thread's next call.
const Span& spanAt(qint64 msecs)
{
    thread_local std::array<Span, 4> spans;
    thread_local std::size_t oldest = 0;
    const auto covers = [msecs](const Span& span) { return msecs >= span.from && msecs < span.until; };
    auto span = std::find_if(spans.begin(), spans.end(), covers);
    if (span == spans.end()) {
        const QTimeZone& zone = ParisTime::zone();
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
        // The last transition at or before the instant, and the first after it. Without one, the
        // span stops at the instant: Qt 6.8 finds no next transition at exactly the zone file's
        // last one (2037), although its rule goes on.
        const QTimeZone::OffsetData previous = zone.previousTransition(utc.addMSecs(1));
        const QTimeZone::OffsetData next = zone.nextTransition(utc);
        span = spans.begin() + oldest;
        oldest = (oldest + 1) % spans.size();
        *span = { previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : msecs,
            next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : msecs + 1,
            qint64(zone.offsetFromUtc(utc)) * 1000 };
    }
    return *span;
}

} // namespace

namespace ParisTime {

const QTimeZone& zone()
{
    static const QTimeZone paris("Europe/Paris");
    return paris;
}

QDate day(const QDateTime& instant)
{
    const qint64 msecs = instant.toMSecsSinceEpoch();
    return QDate::fromJulianDay(EpochDays::julianDay(msecs + spanAt(msecs).offset));
}

QDateTime wallClock(const QDateTime& instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.addMSecs(spanAt(utc.toMSecsSinceEpoch()).offset);
}

QDateTime toUtc(const QDate& date, const QTime& time)
{
    const qint64 local = (date.toJulianDay() - EpochDays::JulianDayOf1970) * EpochDays::MSecsPerDay
        + time.msecsSinceStartOfDay();
    // The offset of the local time read as UTC is that of the instant, unless a change lies between.
    const qint64 guess = spanAt(local).offset;
    const qint64 msecs = local - guess;
    const Span& span = spanAt(msecs);
    constexpr qint64 Margin = qint64(2) * 60 * 60 * 1000;
    if (date.isValid() && span.offset == guess && msecs - Margin >= span.from
        && msecs + Margin < span.until) {
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
    }
    return QDateTime(date, time, zone()).toUTC();
}

} // namespace ParisTime
