#pragma once

#include <QString>
#include <stdexcept>

namespace corroborate {

// What went wrong, in the categories the command line reports as exit codes. The GUI shows
// the message; the CLI maps the kind to its documented exit code.
enum class ErrorKind
{
    Usage = 1,        // the call's words are wrong
    InvalidData = 2,  // input data (JSON, a field) is invalid
    NotPermitted = 3, // wrong passphrase, user or password, or a missing role
    NotACaseFile = 4, // not a case file, damaged, or an unsupported version
    Verification = 5, // integrity, audit chain or a signature failed
    Conflict = 6,     // in use, already exists, edited by someone else
    Internal = 70,    // the system failed (disk full, file-size limit, I/O) or a fault of ours
};

// The one exception type the core throws. Messages are already translated and say what is
// wrong and what to do.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }
    ErrorKind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace corroborate
