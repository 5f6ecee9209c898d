#pragma once

#include "core/Nominal.h"

#include <QCoreApplication>
#include <QStringList>
#include <random>

namespace corroborate {

// Synthetic nominals from the word lists in resources/demo, seeded and repeatable. The mix is
// realistic: most meet the default threshold; a large minority fall below it for different
// reasons (one source, stale intelligence, weak grading, victims and at-risk people, zero
// harm); some reviews are overdue. Dates are relative to `today`.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    DemoGenerator(quint64 seed, const QDate& today);

    // The nominal with this 1-based sequence number (reference N-000001 ...).
    NominalRecord next(int sequence);

    // How the generator meant the nominal to fall (for tests and the summary it prints).
    enum class Profile
    {
        Meets,
        SingleSource,
        Stale,
        WeakGrading,
        Victim,
        AtRisk,
        ZeroHarm
    };
    Profile lastProfile() const { return m_lastProfile; }

private:
    QStringList load(const char* name) const;
    const QString& pick(const QStringList& list);
    int between(int low, int high); // inclusive
    bool chance(double p);
    QString fill(QString text, const QString& area, const QString& group);
    IntelligenceItem item(const QString& area, const QString& group, int ageDaysLow,
                          int ageDaysHigh, bool qualifying, int itemSequence);

    std::mt19937_64 m_rng;
    QDate m_today;
    Profile m_lastProfile = Profile::Meets;
    QStringList m_surnames, m_male, m_female, m_areas, m_groupFirst, m_groupSecond, m_police,
        m_partner, m_community, m_summaries, m_places, m_conditions, m_ethnicities;
};

} // namespace corroborate
