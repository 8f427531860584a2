result:solve[12;0];
show result;
