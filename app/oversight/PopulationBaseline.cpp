#include "PopulationBaseline.h"

#include "OversightGroups.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/Database.h"

#include <QHash>

namespace corroborate {

QList<BaselineRow> PopulationBaseline::parseCsv(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto fail = [](int line, const QString& what) {
        throw Error(ErrorKind::InvalidData, tr("Line %1 of the baseline: %2").arg(line).arg(what));
    };
    const QStringList& groups = OversightGroups::ethnicityGroups();
    QHash<QString, qint64> found;
    bool header = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        // A group's full ONS name holds commas: the population is after the last one.
        const qsizetype comma = line.lastIndexOf(QLatin1Char(','));
        if (comma < 0)
            fail(lineNo, tr("expected two columns, group and population, separated by a comma."));
        QString group = line.left(comma).trimmed();
        if (group.size() >= 2 && group.startsWith(QLatin1Char('"')) &&
            group.endsWith(QLatin1Char('"')))
            group = group.mid(1, group.size() - 2)
                        .replace(QStringLiteral("\"\""), QStringLiteral("\""));
        const QString value = line.mid(comma + 1).trimmed();
        if (!header) {
            if (group.compare(QLatin1String("group"), Qt::CaseInsensitive) != 0 ||
                value.compare(QLatin1String("population"), Qt::CaseInsensitive) != 0)
                fail(lineNo, tr("the first line must be the header \"group,population\"."));
            header = true;
            continue;
        }
        const QString& canonical = OversightGroups::ethnicityGroupOf(group);
        if (canonical == OversightGroups::notRecorded())
            fail(lineNo, tr("\"%1\" is not one of the five ONS 2021 high-level ethnic groups "
                            "(%2).")
                             .arg(group, QStringList(groups.mid(0, 5)).join(QStringLiteral("; "))));
        if (found.contains(canonical))
            fail(lineNo, tr("the group \"%1\" is given twice.").arg(canonical));
        bool ok = false;
        const qint64 population = value.toLongLong(&ok);
        if (!ok || population <= 0)
            fail(lineNo, tr("the population of \"%1\" must be a whole number above zero, not "
                            "\"%2\".")
                             .arg(group, value));
        found.insert(canonical, population);
    }
    if (!header)
        throw Error(ErrorKind::InvalidData,
                    tr("The baseline is empty: it needs the header \"group,population\" and one "
                       "row for each of the five ONS 2021 high-level ethnic groups."));
    QList<BaselineRow> rows;
    QStringList missing;
    for (qsizetype g = 0; g < 5; ++g) {
        if (found.contains(groups[g]))
            rows << BaselineRow{groups[g], found.value(groups[g])};
        else
            missing << groups[g];
    }
    if (!missing.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("The baseline has no row for: %1. Give one row for each of the five "
                       "groups.")
                        .arg(missing.join(QStringLiteral("; "))));
    return rows;
}

void PopulationBaseline::set(Database& db, const User& actor, const QList<BaselineRow>& rows)
{
    if (!actor.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    tr("Only an administrator can set the population baseline."));
    if (rows.size() != 5)
        throw Error(ErrorKind::InvalidData,
                    tr("The baseline needs one row for each of the five groups."));
    Transaction tx(db);
    OversightRepository(db).replaceBaseline(rows);
    QStringList figures;
    for (const BaselineRow& r : rows)
        figures << QStringLiteral("%1=%2").arg(r.group).arg(r.population);
    AuditLog(db).append(actor.username, AuditAction::CaseFileAdmin,
                        QStringLiteral("oversight:baseline"), QStringLiteral("baseline set"),
                        figures.join(QStringLiteral("; ")));
    tx.commit();
}

} // namespace corroborate
