#pragma once

#include "core/Outcome.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QThread>
#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace corroborate::ui {

// The one way the windows run work off the GUI thread (after KeePassXC's AsyncTask). The work
// runs on a thread of its own while the GUI thread waits in a local event loop that still
// paints and runs timers but takes no keyboard or mouse input, so the window stays drawn and
// a second action cannot start underneath the first. Failures come back by value (Outcome):
// an Error keeps its kind and message; any other exception becomes ErrorKind::Internal.
//
// Whatever the work touches must not be touched by the GUI thread meanwhile: the session's
// case file is reached only through Session::run(), which serialises every use of its one
// write connection. Anything that would tear the session down (a lock, a close) waits until
// no task is running (busy(), whenIdle()).
class AsyncTask
{
    Q_DECLARE_TR_FUNCTIONS(AsyncTask)
public:
    template <typename F> static auto run(F&& work) -> Outcome<std::invoke_result_t<F>>
    {
        using R = std::invoke_result_t<F>;
        std::optional<Outcome<R>> result;
        auto body = [&] {
            try {
                if constexpr (std::is_void_v<R>) {
                    work();
                    result.emplace();
                } else {
                    result.emplace(work());
                }
            } catch (const Error& e) {
                result.emplace(e);
            } catch (const std::exception& e) {
                result.emplace(Error(ErrorKind::Internal, internalMessage(e.what())));
            }
        };
        runOnThread(body);
        return std::move(*result);
    }

    // True while a task runs (on any window).
    static bool busy();
    // Calls `then` now when no task runs, or as soon as the last running task has finished.
    static void whenIdle(QObject* context, std::function<void()> then);

private:
    static void runOnThread(const std::function<void()>& body);
    static QString internalMessage(const char* what);
};

} // namespace corroborate::ui
