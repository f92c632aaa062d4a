Cells wrap around: 0 minus 1 is 255 and 255 plus 1 is 0
-.                       prints byte 255
+.                       prints byte 0
>++++++++[<++++++++++++++++++++++++++++++++>-]<   adds 8 x 32 = 256: still 0
.                        prints byte 0
