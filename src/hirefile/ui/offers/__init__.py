"""The offer screens: the editor, its letter text, the application picker, the company profile.

The Offers page itself is `ui/pages/offers.py`; document exports are `ui/exports.py`.
"""
