#pragma once

#include <QCoreApplication>
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
    static qint64 newNominal(QWidget* parent, Session& session);
    static bool editNominal(QWidget* parent, Session& session, qint64 nominalId);
    static bool addIntelligence(QWidget* parent, Session& session, qint64 nominalId);
    static bool editIntelligence(QWidget* parent, Session& session, qint64 nominalId,
                                 qint64 itemId);
    static bool removeIntelligence(QWidget* parent, Session& session, Dialogs& dialogs,
                                   qint64 nominalId, qint64 itemId);
};

} // namespace corroborate::ui
