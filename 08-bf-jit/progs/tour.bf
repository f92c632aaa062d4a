A small program for the tour of the generated code (no input or output)
++[->+++<]       a multiply loop: cell 1 = 2 x 3
>[>]             a scan right: from cell 1 to cell 2
<++              add 2 to the cell before
[>>++<[-]<--]    a loop that stays (its step is even and its counter not known after the scan): the body adds at an offset and clears
