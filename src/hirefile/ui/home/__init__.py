"""The Home page: the first screen of an open file (`page.HomePage`)."""
