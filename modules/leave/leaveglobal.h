#pragma once

#include <QtGlobal>

#if defined(CIVITAS_LEAVE_LIBRARY)
#define CIVITAS_LEAVE_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_LEAVE_EXPORT Q_DECL_IMPORT
#endif
