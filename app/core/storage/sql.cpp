#include "sql.h"

Q_LOGGING_CATEGORY(lcStorage, "civitas.storage", QtInfoMsg)
