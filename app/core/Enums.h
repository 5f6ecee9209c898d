#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

// The closed vocabularies of docs/DESIGN.md §3 and §9. Each has a stable wire name (exchange
// format, database, policy) and a translated label for people.

enum class Classification
{
    SuspectedOffender,
    AtRisk,
    Victim
};
enum class Provider
{
    Police,
    PartnerAgency,
    Community
};
enum class Indication
{
    GangMembership,
    Association,
    Victimisation,
    Other
};

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QString wireName(Classification c);
    static QString wireName(Provider p);
    static QString wireName(Indication i);
    static std::optional<Classification> classificationFrom(const QString& wire);
    static std::optional<Provider> providerFrom(const QString& wire);
    static std::optional<Indication> indicationFrom(const QString& wire);
    static QStringList classificationWireNames();
    static QStringList providerWireNames();
    static QStringList indicationWireNames();

    static QString label(Classification c);
    static QString label(Provider p);
    static QString label(Indication i);
};

} // namespace corroborate
