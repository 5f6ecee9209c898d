#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QtGlobal>

class QWidget;

namespace corroborate::ui {

class Dialogs;
class Session;

// The edit workflows the main window and the review steps share: each opens its dialog,
// saves through the workflow services (with the reason, audit entry and row-version check),
// and returns true when something was saved.
class EditFlows
{
    Q_DECLARE_TR_FUNCTIONS(EditFlows)
public:
    // `draft`: fields kept from before a lock or a crash (FormDraft), put back as they were.
    static qint64 newNominal(QWidget* parent, Session& session, const QJsonObject& draft = {});
    static bool editNominal(QWidget* parent, Session& session, qint64 nominalId,
                            const QJsonObject& draft = {});
    static bool addIntelligence(QWidget* parent, Session& session, qint64 nominalId,
                                const QJsonObject& draft = {});
    static bool editIntelligence(QWidget* parent, Session& session, qint64 nominalId, qint64 itemId,
                                 const QJsonObject& draft = {});
    // The draft kind, nominal and item an open edit dialog was opened for (dynamic
    // properties), so that the window can keep its fields when it locks.
    static const char* const kDraftKind;
    static const char* const kDraftNominal;
    static const char* const kDraftItem;
    static bool removeIntelligence(QWidget* parent, Session& session, Dialogs& dialogs,
                                   qint64 nominalId, qint64 itemId);
};

} // namespace corroborate::ui
