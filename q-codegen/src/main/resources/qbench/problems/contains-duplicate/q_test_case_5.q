result:solve[`long$()];
show result;
