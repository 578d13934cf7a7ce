"""A candidate's record: the form, applications, timeline, attachments, duplicates and merging.

Opened from the Candidates page (`CandidatesPage.open_candidate`); every change goes through an
undo command on the window's shared stack, except merging, which is asked for and final.
"""
