#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace corroborate {

// A prepared SQL statement: binds by position (1-based), steps, reads columns by index
// (0-based). Every SQLite return code is checked; failures throw corroborate::Error.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, const QString& value); // a null QString binds ''
    Statement& bind(int index, const char* value) = delete;
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QDate& value);      // ISO 8601; an invalid date binds NULL
    Statement& bind(int index, const QByteArray& value); // blob; a null array binds NULL
    Statement& bind(int index, std::optional<int> value);
    Statement& bindNull(int index);

    // Steps once: true while a row is available, false when done.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QDate date(int column) const; // null when NULL or not a date
    // The column's UTF-8 text without copying; valid until the next step or reset.
    std::string_view view(int column) const;
    QByteArray blob(int column) const;
    std::optional<int> optionalInt(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace corroborate
