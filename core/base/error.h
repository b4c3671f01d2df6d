#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace grab {

// What went wrong, as a value. The codes map one-to-one onto grabctl's exit codes
// (see README "Exit codes"); the UI picks its own way of showing the message.
enum class ErrorCode {
    Usage,            // a malformed or missing argument value                     -> exit 2
    NotOpen,          // the order is not open: lost the race, taken, closed     -> exit 3
    Refused,          // a rule refused the action; `reason` holds the rule code  -> exit 4
    NotFound,         // no such grabber, order or customer                       -> exit 5
    DatabaseUnusable, // cannot open/create, corrupt, newer schema, locked        -> exit 6
    InvalidInput,     // invalid input data (a rules file, a value out of range)  -> exit 7
    Internal,         // a bug or an unexpected SQL failure                       -> exit 1
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one human sentence
    QString reason;  // a stable machine code (e.g. "daily_cap_reached"), may be empty
};

int exitCodeFor(ErrorCode code);
QString errorCodeName(ErrorCode code);

// A value or an Error. C++20 has no std::expected, so this is the small subset we need.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, QString message, QString reason = {})
{
    return Error{code, std::move(message), std::move(reason)};
}

} // namespace grab
