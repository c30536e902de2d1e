# coding: utf-8
s = "ok ğŸ˜"
