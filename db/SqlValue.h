#pragma once

#include <QVariant>

#include <optional>

// A column that may be NULL, read into and written from std::optional: one pair of helpers for
// every repository instead of a copy in each.
namespace SqlValue {

// NULL becomes nullopt; anything else the value converted to T.
template <class T> std::optional<T> optional(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

// nullopt becomes a NULL of T's type, so that the driver binds the right column type.
template <class T> QVariant variant(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

}
