result:solve[3 2 4;6];
show result;
