#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace corroborate {

// What a piece of work gave back, by value: its result or the Error it failed with. Work that
// runs off the GUI thread hands its failures back this way (ui/core/AsyncTask.h), so that an
// exception never crosses a thread or unwinds through the event loop.
template <typename T> class Outcome
{
public:
    Outcome(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Outcome(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    T& value() { return std::get<0>(m_state); }
    const T& value() const { return std::get<0>(m_state); }
    // Only when !ok().
    const Error& error() const { return std::get<1>(m_state); }
    // The value, or the error thrown again (for code that works with exceptions).
    T take()
    {
        if (!ok())
            throw error();
        return std::move(value());
    }

private:
    std::variant<T, Error> m_state;
};

template <> class Outcome<void>
{
public:
    Outcome() = default;
    Outcome(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    void take() const
    {
        if (m_error)
            throw *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace corroborate
