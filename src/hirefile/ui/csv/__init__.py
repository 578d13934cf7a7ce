"""CSV import (a mapping, a live preview, a report) and the file choosers of CSV export."""
