#include "searchprovider.h"

namespace Civitas {

SearchProvider::~SearchProvider() = default;
RecordView::~RecordView() = default;

} // namespace Civitas
