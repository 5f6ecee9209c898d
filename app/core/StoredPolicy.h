#pragma once

#include <QJsonObject>
#include <QString>

namespace corroborate {

// A stored policy version: the JSON document exactly as it was made active.
struct StoredPolicy
{
    int version = 0;
    QJsonObject document;
    QString author;
    QString createdAt;
};

} // namespace corroborate
