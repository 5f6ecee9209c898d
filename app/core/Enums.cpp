#include "Enums.h"

namespace corroborate {

namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const QString& wire, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [value, name] : table) {
        if (wire == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(E value, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename E, std::size_t N>
QStringList namesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList out;
    for (const auto& entry : table)
        out << QLatin1String(entry.second);
    return out;
}

constexpr std::array<std::pair<Classification, const char*>, 3> kClassifications{{
    {Classification::SuspectedOffender, "suspected_offender"},
    {Classification::AtRisk, "at_risk"},
    {Classification::Victim, "victim"},
}};
constexpr std::array<std::pair<Provider, const char*>, 3> kProviders{{
    {Provider::Police, "police"},
    {Provider::PartnerAgency, "partner_agency"},
    {Provider::Community, "community"},
}};
constexpr std::array<std::pair<Indication, const char*>, 4> kIndications{{
    {Indication::GangMembership, "gang_membership"},
    {Indication::Association, "association"},
    {Indication::Victimisation, "victimisation"},
    {Indication::Other, "other"},
}};
} // namespace

QString Vocabulary::wireName(Classification c)
{
    return nameOf(c, kClassifications);
}
QString Vocabulary::wireName(Provider p)
{
    return nameOf(p, kProviders);
}
QString Vocabulary::wireName(Indication i)
{
    return nameOf(i, kIndications);
}

std::optional<Classification> Vocabulary::classificationFrom(const QString& wire)
{
    return lookup(wire, kClassifications);
}
std::optional<Provider> Vocabulary::providerFrom(const QString& wire)
{
    return lookup(wire, kProviders);
}
std::optional<Indication> Vocabulary::indicationFrom(const QString& wire)
{
    return lookup(wire, kIndications);
}
QStringList Vocabulary::classificationWireNames()
{
    return namesOf(kClassifications);
}
QStringList Vocabulary::providerWireNames()
{
    return namesOf(kProviders);
}
QStringList Vocabulary::indicationWireNames()
{
    return namesOf(kIndications);
}

QString Vocabulary::label(Classification c)
{
    switch (c) {
    case Classification::SuspectedOffender:
        return tr("Suspected offender");
    case Classification::AtRisk:
        return tr("At risk");
    case Classification::Victim:
        return tr("Victim");
    }
    return {};
}

QString Vocabulary::label(Provider p)
{
    switch (p) {
    case Provider::Police:
        return tr("Police");
    case Provider::PartnerAgency:
        return tr("Partner agency");
    case Provider::Community:
        return tr("Community");
    }
    return {};
}

QString Vocabulary::label(Indication i)
{
    switch (i) {
    case Indication::GangMembership:
        return tr("Gang membership");
    case Indication::Association:
        return tr("Association");
    case Indication::Victimisation:
        return tr("Victimisation");
    case Indication::Other:
        return tr("Other");
    }
    return {};
}

} // namespace corroborate
