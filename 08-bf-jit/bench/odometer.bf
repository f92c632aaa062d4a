An odometer: prints every number from 0000000 to 9999999 on its own line
(80 MB of output) so its time goes into output as much as into loops

Cell 0 holds a newline (10); digit i (1 to 7 from the left) is a character
in cell 2i minus 1 and its loop counter is in cell 2i; each digit's loop runs
ten times around the loops of the digits to its right; the innermost prints
all seven digits and the newline

++++++++++>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D1 = '0'
>[-]++++++++++    C1 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D2 = '0'
>[-]++++++++++    C2 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D3 = '0'
>[-]++++++++++    C3 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D4 = '0'
>[-]++++++++++    C4 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D5 = '0'
>[-]++++++++++    C5 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D6 = '0'
>[-]++++++++++    C6 = 10
[
>
[-]++++++++++++++++++++++++++++++++++++++++++++++++    D7 = '0'
>[-]++++++++++    C7 = 10
[
<<<<<<<<<<<<<
.>>.>>.>>.>>.>>.>>.
<<<<<<<<<<<<<.
>>>>>>>>>>>>>>
<+>-
]
<<
<+>-
]
<<
<+>-
]
<<
<+>-
]
<<
<+>-
]
<<
<+>-
]
<<
<+>-
]
