import mod_shapes
from mod_shapes import area, Square
from mod_util import helper as h
import mod_util
print(mod_shapes.NAME, area(2, 3), Square(4).area(), h(5))
print(mod_util.calls(), mod_util.calls())
print(mod_shapes.__name__)
import mod_shapes as again
print(again is mod_shapes)
