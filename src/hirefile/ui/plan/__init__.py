"""The hiring plan dialog: roles in hiring order, target dates, the company stage, hints."""
