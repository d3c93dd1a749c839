#pragma once

#include <QLoggingCategory>
#include <QtGlobal>

#if defined(CIVITAS_LEAVE_LIBRARY)
#define CIVITAS_LEAVE_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_LEAVE_EXPORT Q_DECL_IMPORT
#endif

// The module's logging category (civitas.leave): failures that cannot be shown where they
// happen are logged here, never dropped.
CIVITAS_LEAVE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcLeave)
