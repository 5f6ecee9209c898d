#include "DemoGenerator.h"

#include "core/Error.h"

#include <QFile>

namespace corroborate {

DemoGenerator::DemoGenerator(quint64 seed, const QDate& today)
    : m_rng(seed)
    , m_today(today)
{
    m_surnames = load("surnames.txt");
    m_male = load("forenames-male.txt");
    m_female = load("forenames-female.txt");
    m_areas = load("areas.txt");
    m_groupFirst = load("group-first-words.txt");
    m_groupSecond = load("group-second-words.txt");
    m_police = load("originators-police.txt");
    m_partner = load("originators-partner_agency.txt");
    m_community = load("originators-community.txt");
    m_summaries = load("summaries.txt");
    m_places = load("places.txt");
    m_conditions = load("handling-conditions.txt");
    m_ethnicities = load("ethnicities.txt");
}

QStringList DemoGenerator::load(const char* name) const
{
    QFile file(QStringLiteral(":/demo/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::Internal,
            tr("The demo word list %1 is missing from this build.").arg(QLatin1String(name)));
    QStringList out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty())
            out << word;
    }
    return out;
}

int DemoGenerator::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

bool DemoGenerator::chance(double p)
{
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

const QString& DemoGenerator::pick(const QStringList& list)
{
    return list.at(between(0, static_cast<int>(list.size()) - 1));
}

QString DemoGenerator::fill(QString text, const QString& area, const QString& group)
{
    text.replace(QLatin1String("{area}"), area);
    text.replace(QLatin1String("{group}"), group);
    text.replace(QLatin1String("{place}"), pick(m_places));
    return text;
}

IntelligenceItem DemoGenerator::item(const QString& area, const QString& group, int ageDaysLow,
                                     int ageDaysHigh, bool qualifying, int itemSequence)
{
    IntelligenceItem i;
    const int providerRoll = between(0, 99);
    i.provider = providerRoll < 60   ? Provider::Police
                 : providerRoll < 85 ? Provider::PartnerAgency
                                     : Provider::Community;
    const QStringList& originators = i.provider == Provider::Police          ? m_police
                                     : i.provider == Provider::PartnerAgency ? m_partner
                                                                             : m_community;
    i.originator = fill(pick(originators), area, group);
    i.obtainedOn = m_today.addDays(-between(ageDaysLow, ageDaysHigh));
    i.reference = QStringLiteral("INT/%1/%2")
                      .arg(i.obtainedOn.year())
                      .arg(itemSequence, 7, 10, QLatin1Char('0'));
    if (qualifying) {
        i.sourceEvaluation =
            chance(0.6) ? SourceEvaluation::Reliable1 : SourceEvaluation::Untested2;
        i.assessment = static_cast<IntelligenceAssessment>(between(0, 2));
        i.indicates = Indication::GangMembership;
    } else {
        i.sourceEvaluation = static_cast<SourceEvaluation>(between(0, 2));
        i.assessment = static_cast<IntelligenceAssessment>(between(0, 4));
        i.indicates = static_cast<Indication>(between(1, 3));
    }
    if (chance(0.15)) {
        i.handlingCode = HandlingCode::C;
        i.handlingConditions = pick(m_conditions);
    }
    i.summary = fill(pick(m_summaries), area, group);
    i.recordedBy = QStringLiteral("demo");
    return i;
}

NominalRecord DemoGenerator::next(int sequence)
{
    NominalRecord record;
    Nominal& n = record.nominal;
    n.reference = QStringLiteral("N-%1").arg(sequence, 6, 10, QLatin1Char('0'));
    const bool female = chance(0.13);
    n.gender = female ? QStringLiteral("female") : QStringLiteral("male");
    n.forenames = pick(female ? m_female : m_male);
    if (chance(0.2))
        n.forenames += QLatin1Char(' ') + pick(female ? m_female : m_male);
    n.surname = pick(m_surnames);
    n.ethnicity = pick(m_ethnicities);
    n.area = pick(m_areas);
    n.group = pick(m_groupFirst) + QLatin1Char(' ') + pick(m_groupSecond);

    // Age 13 to 40 today; listed within the last four years but never before age 12.
    n.dateOfBirth = m_today.addDays(-between(13 * 365 + 10, 40 * 365));
    const QDate earliestListing = std::max(m_today.addDays(-4 * 365), n.dateOfBirth.addYears(12));
    n.listedOn =
        earliestListing.addDays(between(0, static_cast<int>(earliestListing.daysTo(m_today))));
    const int reviewRoll = between(0, 99);
    if (reviewRoll < 70)
        n.lastReviewedOn = m_today.addDays(-between(0, 89)); // reviewed in time
    else if (reviewRoll < 90)
        n.lastReviewedOn = m_today.addDays(-between(91, 220)); // overdue
    if (n.lastReviewedOn.isValid() && n.lastReviewedOn < n.listedOn)
        n.lastReviewedOn = n.listedOn;

    const int profileRoll = between(0, 99);
    m_lastProfile = profileRoll < 62   ? Profile::Meets
                    : profileRoll < 70 ? Profile::SingleSource
                    : profileRoll < 77 ? Profile::Stale
                    : profileRoll < 83 ? Profile::WeakGrading
                    : profileRoll < 88 ? Profile::Victim
                    : profileRoll < 95 ? Profile::AtRisk
                                       : Profile::ZeroHarm;
    n.classification = m_lastProfile == Profile::Victim   ? Classification::Victim
                       : m_lastProfile == Profile::AtRisk ? Classification::AtRisk
                                                          : Classification::SuspectedOffender;
    if (m_lastProfile == Profile::ZeroHarm)
        n.harmScore = 0;
    else if (chance(0.9))
        n.harmScore = between(1, 180);

    const int items = between(6, 14); // ten on average
    const int recentDays = 700;       // inside the default 24-month window
    int seq = sequence * 16;
    for (int k = 0; k < items; ++k) {
        IntelligenceItem i;
        switch (m_lastProfile) {
        case Profile::Meets:
        case Profile::ZeroHarm:
        case Profile::AtRisk:
            i = item(n.area, n.group, 0, k < 3 ? recentDays : 1400, k < 3 || chance(0.4), ++seq);
            break;
        case Profile::Victim:
            i = item(n.area, n.group, 0, 1400, false, ++seq);
            if (chance(0.5))
                i.indicates = Indication::Victimisation;
            break;
        case Profile::SingleSource:
            i = item(n.area, n.group, 0, recentDays, k < 3, ++seq);
            if (k < 3 || i.indicates == Indication::GangMembership) {
                if (!record.intelligence.isEmpty())
                    i.originator = record.intelligence.first().originator;
            }
            break;
        case Profile::Stale:
            i = item(n.area, n.group, 760, 1400, k < 4, ++seq);
            break;
        case Profile::WeakGrading:
            i = item(n.area, n.group, 0, recentDays, false, ++seq);
            if (i.indicates != Indication::GangMembership && chance(0.5))
                i.indicates = Indication::GangMembership;
            if (i.indicates == Indication::GangMembership) {
                i.sourceEvaluation = SourceEvaluation::NotReliable3;
                i.assessment = chance(0.5) ? IntelligenceAssessment::D : IntelligenceAssessment::E;
            }
            break;
        }
        if (i.obtainedOn < n.listedOn.addYears(-2))
            i.obtainedOn = n.listedOn.addYears(-2);
        record.intelligence << i;
    }
    return record;
}

} // namespace corroborate
