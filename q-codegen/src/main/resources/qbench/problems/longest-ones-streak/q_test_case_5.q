result:solve[0101b];
show result;
