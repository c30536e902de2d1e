# -*- coding: utf-8 -*-
# a bad byte in a comment is not decoded: é
print("never runs")
x = "café au lait"
